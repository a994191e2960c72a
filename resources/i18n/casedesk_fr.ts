<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CaseDesk %1&lt;/b&gt;&lt;br&gt;An offline case manager for immigration caseworkers. Client data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk is built with these components, each under its own licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt and Qt for Python (PySide6) are used under the GNU Lesser General Public License version 3 (LGPL-3.0), unmodified and dynamically linked: they are separate files in the installed program, and you may replace them with your own build of the same version. Their source code is at download.qt.io (official_releases/qt and official_releases/QtForPython) and code.qt.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence texts are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence texts ship with the installed CaseDesk (this one runs from its source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Licence Texts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>CaseDesk is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This caseload is already open in another CaseDesk window (process %1). Switch to that window, or close it and start CaseDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk cannot read the policy data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reports: %1

Restore a backup with File ▸ Restore a Backup… (or `casedesk restore FILE`). No automatic backup is taken from a damaged database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — demo (nothing is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data in a synced folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload is inside a %1 folder, which copies it to the cloud. Move it with --data-dir or CASEDESK_HOME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Wait until this has finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentCommands</name>
    <message>
        <source>Re-assessing the caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating deadlines for the policy data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assessment cancelled; no assessment was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this client&apos;s file, newest first: when, by whom, and the value before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History written: %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the facts as entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Backing up the caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored; the caseload it replaced was kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchLetterOptions</name>
    <message>
        <source>Letters for %1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients the letter does not fit (e.g. no Canadian partner) are skipped and listed at the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <source>Business and self-employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the start-up visa, the investor and Quebec business programs, and the self-employed program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the client&apos;s net worth, in Canadian dollars?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only, e.g. 300000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does a designated Canadian organization (venture capital fund, angel investor group or business incubator) support the client&apos;s business?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years of cultural or athletic self-employment, or world-class participation, does the client have?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileCommands</name>
    <message>
        <source>Importing case files… clients read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing the imported clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Policy ▸ Re-assess Caseload to see their best routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing case files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ended %2 days ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCommands</name>
    <message>
        <source>Client added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Undo (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview is for one client: select one, or none for a new client (%1 are selected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview answers saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Married</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common-law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary Protected Status (TPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment authorization (EAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylum application pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. permanent resident (green card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHNV (Cuba, Haiti, Nicaragua, Venezuela)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniting for Ukraine (U4U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation Allies Welcome (OAW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family Reunification Parole (FRP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central American Minors (CAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common-law partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conjugal partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal stayed (humanitarian grounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refugee claimant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nephew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cousin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth in Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naturalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent (born abroad to a Canadian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Canadian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a land port of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between ports of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At an airport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than secondary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-year post-secondary program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-year post-secondary program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree or program of 3+ years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two or more credentials, one of 3+ years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master&apos;s or professional degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctoral degree (PhD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One- or two-year credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential of three years or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IELTS General Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CELPIP General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEF Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCF Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTE Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alberta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nunavut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prince Edward Island</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quebec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saskatchewan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yukon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEER 0: management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEER 1: university degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEER 2: college diploma, apprenticeship or supervisory role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEER 3: college or apprenticeship under 2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEER 4: secondary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEER 5: short work demonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;istening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking sc&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening scor&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole years, e.g. 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the country&apos;s name, e.g. Venezuela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;tizenships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries separated by commas, e.g. Venezuela, Colombia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;A-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A followed by 8 or 9 digits, e.g. A123456789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages separated by commas, e.g. Spanish, English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per status held in the United States, past or present. Leave the box unchecked until asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked about U.S. status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. status {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a U.S. status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the client has no U.S. status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parole program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TPS country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of the TPS designation, e.g. Venezuela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus in Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lives in Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accompanying the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a spouse or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives in Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked about relatives in Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no relatives in Canada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status in Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years, e.g. 34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For citizenship by descent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked about parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canadian at the client&apos;s birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days in Canada before the client&apos;s birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of days, e.g. 1095</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;grandparent was born in Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accompanied by a parent or guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent or guardian in Canada or the U.S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is a minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry to Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refugee claim made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;irst entry into Canada after 24 June 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even if the client left and came back (Bill C-12&apos;s one-year bar counts from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record entry to Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a valid Canadian &amp;visa or permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Canadian documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xposed to the death penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for the Express Entry score (CRS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First official language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second official language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Canadian work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Foreign work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of &amp;qualification (trade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian e&amp;ducation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provincial nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEER of the s&amp;killed work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skilled work in the last &amp;ten years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole years; one of them continuous in one occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skilled work in Canada in the last t&amp;hree years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in a skilled trade in the last fi&amp;ve years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Famil&amp;y size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client, the partner and every dependent child, coming or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sett&amp;lement funds (CAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money available to settle, digits only, e.g. 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spo&amp;use&apos;s education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse&apos;s first official language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse&apos;s Canadian work experie&amp;nce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count spouse or partner factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the partner is coming to Canada and is not a Canadian citizen or permanent resident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record work, education and languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TEER category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a job offer in Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intends to live in &amp;Quebec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of &amp;cultural or athletic self-employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record self-employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Net worth (CAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only, e.g. 300000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by a &amp;designated organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record business assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates that start a deadline: documents that expire, an Express Entry invitation, and your own tasks for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passport expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language test taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;olice certificate issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medical exam done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record document dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express Entry &amp;invitation received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express Entry &amp;categories met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas, e.g. healthcare_social_services, trades, stem, education, transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Express Entry facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word to filter by, e.g. documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLB / NCLC levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language test scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result given &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 0-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lo:g} to {hi:g}, in steps of {step:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the test these scores come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section has problems to fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDecrypt</name>
    <message>
        <source>Remove encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload and its backups will be stored as plain files again: anyone who gets a copy of them can read every client&apos;s file. The key file and any remembered passphrase are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase, or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>CaseDesk: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The details are also in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside CaseDesk. Your saved data is safe. Please copy the details below and send them to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <source>Due dates by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s), overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineCommands</name>
    <message>
        <source>Reading today&apos;s deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar written: %1 deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating deadlines for the new policy data… Until this is done, “Status ends” and “Next deadline” are from the data they were computed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating deadlines: %1 of %2 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines updated for the policy data in force: %1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Status ends” and “Next deadline” are from older policy data: they could not be updated. Policy ▸ Re-assess Caseload updates them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Delete clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these %1 clients and everything recorded about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo until you close CaseDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export client data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file leaves CaseDesk&apos;s protected database: it is not encrypted, and anyone who can open it can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter will have no signature: Settings has no caseworker&apos;s name yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your name and title in File ▸ Settings, or save the letter unsigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Canadian documents and risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These decide whether a refugee claim at the border can be heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the client hold a valid Canadian visa or permit (visitor visa, work or study permit)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the client been charged with or convicted of a crime that could bring the death penalty in the United States or another country?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another operation is running; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the caseload with a passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk can encrypt the caseload and its backups, so that a lost laptop or a copied file does not expose your clients. You will type the passphrase each time CaseDesk starts. You can also do this later from File ▸ Encrypt the Caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptionCommands</name>
    <message>
        <source>Encrypt the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload and all its backups will be encrypted with SQLCipher under this passphrase; the plain copies are overwritten. CaseDesk will ask for the passphrase each time it starts. Case files, letters and calendars you exported are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting: the caseload, then each backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload and %1 backups are encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old passphrase stops opening the caseload at once. The recovery key stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing encryption: the caseload, then each backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption removed from the caseload and %1 backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some backups were not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These backups could not be read, so they were left as they were; delete them if you no longer need them:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>Entry to Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when the client entered Canada, or plans to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the client enter Canada, or how would they?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On what date did (or will) the client enter Canada?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the client has made a refugee claim in Canada: on what date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the client been in Canada at any time since 24 June 2020, even if they left again? If so, on what date did they first enter after that day? (Bill C-12&apos;s one-year bar counts from it.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Could not export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not assess the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not re-assess the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk could not back up its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read today&apos;s deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encrypt the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the policy update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not return to the shipped policy data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the deadlines done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not snooze the deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the statuses as reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralCommands</name>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HumanCapitalPage</name>
    <message>
        <source>Education, work and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Express Entry, provincial nomination and the business programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the highest level of education the client has completed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years of skilled, paid work has the client done outside Canada in the last ten years?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years of skilled, paid work has the client done in Canada in the last ten years?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the client hold a Canadian certificate of qualification in a trade?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the highest credential the client earned by studying in Canada?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a province or territory nominated the client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of job is the client&apos;s skilled work (TEER category)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last ten years, how many years of full-time paid skilled work (TEER 0 to 3) has the client done, with at least one year in a row in the same occupation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of those years were in Canada, in the last three years?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years of full-time work in a skilled trade (electrician, welder, cook...) has the client done in the last five years?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people are in the client&apos;s family: the client, a spouse or partner, and dependent children (theirs or the partner&apos;s), coming to Canada or not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much money, in Canadian dollars, could the client show to settle in Canada (available, not borrowed)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only, e.g. 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Express Entry occupational categories does the client meet (12 months of work in an eligible occupation)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the client have a job offer from an employer in Canada?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In which province or territory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of job is it (TEER category)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the client intend to live in Quebec?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the client have money or property to invest in a business in Canada, or a business idea backed by a Canadian investor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the client been self-employed in cultural or athletic work (artist, musician, athlete, coach) or taken part at a world-class level?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, date of birth, citizenship and status in the United States.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the client&apos;s given names?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the client&apos;s family name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the client&apos;s date of birth?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In which country was the client born?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the country&apos;s name, e.g. Venezuela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which countries is the client a citizen of?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries separated by commas, e.g. Venezuela, Colombia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the client hold, or has the client held, any status in the United States (parole, TPS, a work permit, a pending asylum case, a visa, permanent residence or U.S. citizenship)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each U.S. status, with the date it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Some answers need fixing before going on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewWizard</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work permit (EAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylum pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. permanent resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refugee claim at a port of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refugee claim after entering between ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship by descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial Nominee Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spousal or partner sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other family sponsorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed persons (federal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quebec business programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start-up visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>English and French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official-language results count for Express Entry and most programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the client taken an approved English or French test (IELTS, CELPIP, PTE Core, TEF Canada, TCF Canada), or does the client know their CLB or NCLC levels? Tick a box and enter the result; leave it unticked when there is none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterCommands</name>
    <message>
        <source>Letter saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters written: %1; skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stopped: the letters written before Stop are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some clients were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no. %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Spousal or partner sponsorship referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship certificate referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and address of the recipient, one line each (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note to add to the letter (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters already produced for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters already produced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter fits this client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment %1, policy data %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upcoming deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names or A-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a client and record their facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected client&apos;s facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Case Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add clients from a case file (JSON or JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected clients&apos; case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every client&apos;s case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided interview: the questions that decide the routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routes to Canada…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess every pathway for the selected client, with reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-assess Caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run every client against the current policy data and list whose verdicts changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dated policy facts behind the verdicts, with sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Policy Update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring newer policy data into this caseload (checked whole first), then see what changed and which clients it affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to &amp;Shipped Policy Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the loaded policy updates aside and use the data shipped with CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upcoming Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and coming deadlines across the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s &amp;Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is overdue and due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Deadlines to &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every open deadline to an iCalendar (.ics) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral letter (sponsorship, citizenship certificate) as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters for &amp;Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same letter for every selected client, into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a backup of the caseload now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back an earlier backup (the current caseload is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ncrypt the Caseload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the caseload and its backups with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase for the encrypted caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Encryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the caseload and its backups without encryption again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder lead times and calendar export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what in the selected client&apos;s file, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching clients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clients yet.

Add one with New Client (Ctrl+N) or the Interview (Ctrl+I) while on the phone, or bring in case files with Import Case Files (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy data %1 is %2 days old: verify before relying on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(loaded update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until this has finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinorPage</name>
    <message>
        <source>A minor client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked because the client is under {age}, or the date of birth is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the client travelling with a parent or legal guardian?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the client have a parent or legal guardian in Canada or the United States?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorningSummaryDialog</name>
    <message>
        <source>Today and this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today and this week, soonest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due today or this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentDetailsPage</name>
    <message>
        <source>The Canadian parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the parent became Canadian decides whether citizenship passed to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which parent was Canadian?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did that parent become Canadian?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If that parent was born outside Canada: how many days had they spent in Canada before the client was born?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of days, e.g. 1095</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentsScreenPage</name>
    <message>
        <source>Parents and grandparents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent who was Canadian when the client was born may mean the client is already a Canadian citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was either of the client&apos;s parents a Canadian citizen when the client was born (for example, born in Canada)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was any of the client&apos;s grandparents born in Canada?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDetailsPage</name>
    <message>
        <source>The relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For sponsorship: the kind of relationship and how long it has lasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are they married, common-law partners (living together for a year or more), or conjugal partners (together a year or more but unable to live together)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since what date have they been married or living together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would the spouse or partner come to Canada with the client?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerScreenPage</name>
    <message>
        <source>Spouse or partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spouse or partner who is a Canadian citizen or permanent resident can sponsor the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the client&apos;s marital status?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the client have a spouse, or a common-law or conjugal partner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the spouse or partner live in Canada?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the spouse or partner&apos;s status in Canada?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Current passphrase or recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to remember and hard to guess. Without it (or the recovery key) nobody can open the caseload, not even support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current passphrase (or the recovery key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>YYYY-MM-DD, or pick a date (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <source>Load policy update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to shipped policy data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside the policy updates loaded into this caseload and use the policy data shipped with CaseDesk (%1)? Every caseworker of the caseload will use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and loading the policy update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning to the shipped policy data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assessing the caseload with the new policy data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy file chosen for this run (--policy) stays in force until CaseDesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Policy data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, published %2 (%3 days ago). Facts marked ⚠ come from secondary sources or are not confirmed by a published source: verify before relying on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This policy data is more than 90 days old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter facts (e.g. tps.ht, processing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter policy facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyModel</name>
    <message>
        <source>Official or primary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary source only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed by any published source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources conflict or are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyUpdateDialog</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export affected clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy data %1 → %2: %3 facts added, %4 changed, %5 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts added, changed and removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients re-assessed on %2: %3 affected (verdicts, U.S. status ends or open deadlines changed). Double-click a client to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is stored, but this window was started with a policy file (--policy), which stays in force until CaseDesk is started without it: the clients affected show then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload was not re-assessed: run Policy ▸ Re-assess Caseload to see the clients affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All U.S. statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassessDialog</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. status ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-assessment of the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients re-assessed on %2 with policy %3: %4 changed (verdicts, U.S. status ends or open deadlines), %5 assessed for the first time. Double-click a client to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients whose verdicts or dates changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this recovery key is the only way to open the caseload. It is shown only now. Print it or keep it in a password manager, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativesScreenPage</name>
    <message>
        <source>Relatives in Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some relatives can sponsor the client; a brother or sister adds Express Entry points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apart from a spouse or partner, does the client have relatives in Canada (parents, children, brothers or sisters, grandparents, aunts, uncles, cousins)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each relative in Canada, with their status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>When CaseDesk started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While working (every 30 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When CaseDesk closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before deleting clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrading CaseDesk (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read as a CaseDesk database; it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the whole caseload with the backup taken %1 (%2 clients)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything recorded since then will be replaced. The caseload you have now is kept as a backup first, so you can undo this from the same list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseDesk backs up the caseload when it starts, every 30 minutes while you work, and when it closes. Restoring a backup replaces the whole caseload; the one you have now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ These files are in a %1 folder. Syncing can copy a database while it is being written and damage it: keep CaseDesk&apos;s data outside synced folders, and copy backups elsewhere yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Pathways to Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(then: {summary})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, policy data {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same verdicts as now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier assessments:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Pathways to Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the answers suggest, most promising first. Finish keeps the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some answers need fixing before the assessment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First official language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second official language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canadian work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse: education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse: official language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse: Canadian work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferability: education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferability: foreign work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferability: trade certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother or sister in Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French-language skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education in Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged employment (job offer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core (age, education, languages, work) subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse factors subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill transferability subtotal (at most 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional points subtotal (at most 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprehensive Ranking System score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify before relying on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date of a U.S. status is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. status ends on {date}: in {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. status ends tomorrow, {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. status ends today, {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. status ended on {date}, {days} days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathways, most promising first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express Entry score (CRS), by factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express Entry score (CRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed as of {date}, policy data version {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express Entry score (CRS): {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet, scored 0: {facts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to find out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified for over {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} fact(s) rest on no published source yet: verify before relying on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} other policy fact(s): see Policy ▸ Policy Data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the letter for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} fact(s) with no published source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} other policy fact(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rests on policy data not verified for more than {days} days (or never verified): {facts}. Verify before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age of the law: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>U.S. status ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work permit (EAD) ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parole program ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 days after an irregular entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one year after entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express Entry invitation expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language test expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police certificate expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical exam expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passport expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseworker tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind before: %1 (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ended U.S. status stops being overdue after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put client names in exported calendar events (calendars often sync to the cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (letterhead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (letterhead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (letterhead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (letterhead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker&apos;s name (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker&apos;s title (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name in the change history (empty: this computer&apos;s user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: whole numbers of days, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders: how many days before each kind of deadline to be reminded (comma-separated, e.g. 90, 30, 7), used for calendar alarms. Letterhead: printed on referral letters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected deadlines until this day. They come back on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Delete Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 Clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload on this computer is encrypted. Enter its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have the &amp;recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member on this computer (in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can use your session on this computer can then open the caseload without the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase, or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery key. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rests on policy data not verified for more than %1 days (or never verified): %2. Verify before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest end of the client&apos;s U.S. status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U.S. status ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work permit (EAD) ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parole program ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim window after crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-year claim bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Express Entry invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language test expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police certificate too old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical exam expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caveat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This source is not confirmed: verify before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 30 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 90 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status already ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingView</name>
    <message>
        <source>Calenda&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a month of due dates; click a day to list what is due then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the selected deadlines as handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected deadlines until a later day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;all reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every status listed here as reviewed: the client&apos;s record keeps that the status ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines in this list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines marked done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines snoozed until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended statuses marked reviewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
