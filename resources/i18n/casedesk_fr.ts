<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CaseDesk</source>
        <translation>À propos de CaseDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CaseDesk %1&lt;/b&gt;&lt;br&gt;An offline case manager for immigration caseworkers. Client data stays on this computer.</source>
        <translation>&lt;b&gt;CaseDesk %1&lt;/b&gt;&lt;br&gt;Un gestionnaire de dossiers hors ligne pour les intervenants en immigration. Les données des clients restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>CaseDesk is built with these components, each under its own licence:</source>
        <translation>CaseDesk est construit avec ces composants, chacun sous sa propre licence&#xa0;:</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Composants et leurs licences</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Qt and Qt for Python (PySide6) are used under the GNU Lesser General Public License version 3 (LGPL-3.0), unmodified and dynamically linked: they are separate files in the installed program, and you may replace them with your own build of the same version. Their source code is at download.qt.io (official_releases/qt and official_releases/QtForPython) and code.qt.io.</source>
        <translation>Qt et Qt for Python (PySide6) sont utilisés selon la GNU Lesser General Public License version 3 (LGPL-3.0), sans modification et en liaison dynamique&#xa0;: ce sont des fichiers distincts du programme installé, que vous pouvez remplacer par votre propre compilation de la même version. Leur code source se trouve sur download.qt.io (official_releases/qt et official_releases/QtForPython) et code.qt.io.</translation>
    </message>
    <message>
        <source>The licence texts are in %1.</source>
        <translation>Les textes des licences se trouvent dans %1.</translation>
    </message>
    <message>
        <source>The licence texts ship with the installed CaseDesk (this one runs from its source).</source>
        <translation>Les textes des licences accompagnent CaseDesk une fois installé (celui-ci fonctionne à partir de son code source).</translation>
    </message>
    <message>
        <source>Open the Licence Texts</source>
        <translation>Ouvrir les textes des licences</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>CaseDesk is already open</source>
        <translation>CaseDesk est déjà ouvert</translation>
    </message>
    <message>
        <source>This caseload is already open in another CaseDesk window (process %1). Switch to that window, or close it and start CaseDesk again.</source>
        <translation>Ce portefeuille de dossiers est déjà ouvert dans une autre fenêtre de CaseDesk (processus %1). Passez à cette fenêtre, ou fermez-la et relancez CaseDesk.</translation>
    </message>
    <message>
        <source>CaseDesk cannot open its data</source>
        <translation>CaseDesk ne peut pas ouvrir ses données</translation>
    </message>
    <message>
        <source>CaseDesk cannot read the policy data</source>
        <translation>CaseDesk ne peut pas lire les données de politique</translation>
    </message>
    <message>
        <source>The caseload database is damaged</source>
        <translation>La base de données des dossiers est endommagée</translation>
    </message>
    <message>
        <source>SQLite reports: %1

Restore a backup with File ▸ Restore a Backup… (or `casedesk restore FILE`). No automatic backup is taken from a damaged database.</source>
        <translation>SQLite signale&#xa0;: %1

Restaurez une sauvegarde avec Fichier ▸ Restaurer une sauvegarde… (ou `casedesk restore FICHIER`). Aucune sauvegarde automatique n’est faite à partir d’une base endommagée.</translation>
    </message>
    <message>
        <source> — demo (nothing is kept)</source>
        <translation> — démonstration (rien n’est conservé)</translation>
    </message>
    <message>
        <source>Data in a synced folder</source>
        <translation>Données dans un dossier synchronisé</translation>
    </message>
    <message>
        <source>The caseload is inside a %1 folder, which copies it to the cloud. Move it with --data-dir or CASEDESK_HOME.</source>
        <translation>Les dossiers se trouvent dans un dossier %1, qui les copie dans le nuage. Déplacez-les avec --data-dir ou CASEDESK_HOME.</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Wait until this has finished: %1</source>
        <translation>Attendez la fin de cette opération&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AssessmentCommands</name>
    <message>
        <source>Re-assessing the caseload…</source>
        <translation>Réévaluation des dossiers…</translation>
    </message>
    <message>
        <source>Updating deadlines for the policy data…</source>
        <translation>Mise à jour des échéances selon les données de politique…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Re-assessment cancelled; no assessment was changed.</source>
        <translation>Réévaluation annulée&#xa0;; aucune évaluation n’a été modifiée.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>History: %1</source>
        <translation>Historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every change to this client&apos;s file, newest first: when, by whom, and the value before and after.</source>
        <translation>Chaque modification du dossier de ce client, la plus récente d’abord&#xa0;: quand, par qui, et la valeur avant et après.</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Nothing recorded for this client yet.</source>
        <translation>Rien n’est encore consigné pour ce client.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Checking the whole change history…</source>
        <translation>Vérification de tout l’historique des modifications…</translation>
    </message>
    <message>
        <source>History written: %1 entries</source>
        <translation>Historique écrit&#xa0;: %1 entrées</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Deletion undone</source>
        <translation>Suppression annulée</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Deadline done</source>
        <translation>Échéance traitée</translation>
    </message>
    <message>
        <source>Deadline snoozed</source>
        <translation>Échéance reportée</translation>
    </message>
    <message>
        <source>Deadline reopened</source>
        <translation>Échéance rouverte</translation>
    </message>
    <message>
        <source>Letter written</source>
        <translation>Lettre rédigée</translation>
    </message>
    <message>
        <source>File closed</source>
        <translation>Dossier fermé</translation>
    </message>
    <message>
        <source>File reopened</source>
        <translation>Dossier rouvert</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Purgé</translation>
    </message>
    <message>
        <source>The change history has been tampered with: entry %1 was changed after it was written.</source>
        <translation>L’historique des modifications a été altéré&#xa0;: l’entrée %1 a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>The change history has been tampered with from entry %1: an entry was removed, inserted or moved there.</source>
        <translation>L’historique des modifications a été altéré à partir de l’entrée %1&#xa0;: une entrée y a été supprimée, insérée ou déplacée.</translation>
    </message>
    <message>
        <source>The change history has been tampered with: entry %1 was written around CaseDesk.</source>
        <translation>L’historique des modifications a été altéré&#xa0;: l’entrée %1 a été écrite en contournant CaseDesk.</translation>
    </message>
    <message>
        <source>The change history has been tampered with: the values of entry %1 were erased without a purge.</source>
        <translation>L’historique des modifications a été altéré&#xa0;: les valeurs de l’entrée %1 ont été effacées sans purge.</translation>
    </message>
    <message>
        <source>The change history has been tampered with: the entries after %1 were removed.</source>
        <translation>L’historique des modifications a été altéré&#xa0;: les entrées postérieures à l’entrée %1 ont été supprimées.</translation>
    </message>
    <message>
        <source>The change history is no longer protected by the database as it should be (its safeguards were removed or changed).</source>
        <translation>L’historique des modifications n’est plus protégé par la base de données comme il le devrait (ses protections ont été retirées ou modifiées).</translation>
    </message>
    <message>
        <source>Not checked now: wait until this has finished: %1</source>
        <translation>Non vérifié pour l’instant&#xa0;: attendez la fin de cette opération&#xa0;: %1</translation>
    </message>
    <message>
        <source>✓ The change history is intact: %1 entries checked, none changed, removed or inserted.</source>
        <translation>✓ L’historique des modifications est intact&#xa0;: %1&#xa0;entrées vérifiées, aucune modifiée, supprimée ou insérée.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>not set (computer login: %1)</source>
        <translation>non indiqué (session de l’ordinateur&#xa0;: %1)</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>(withheld)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>(the facts as entered)</source>
        <translation>(les faits tels que saisis)</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>référence %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Backing up the caseload…</source>
        <translation>Sauvegarde des dossiers…</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backups of a shared caseload</source>
        <translation>Sauvegardes de dossiers partagés</translation>
    </message>
    <message>
        <source>This caseload is on a database server, shared with your colleagues. CaseDesk&apos;s own backups are copies of a caseload file on this computer and do not apply to it, so none are taken here.

The server is backed up by your firm&apos;s IT person with PostgreSQL&apos;s tools (pg_dump, and pg_restore to put a backup back); `casedesk backup -o FILE` runs pg_dump when it is installed. Ask them when the last backup ran.</source>
        <translation>Ces dossiers se trouvent sur un serveur de base de données, partagés avec vos collègues. Les sauvegardes propres à CaseDesk sont des copies d’un fichier de dossiers sur cet ordinateur et ne s’y appliquent pas&#xa0;: aucune n’est donc faite ici.

Le serveur est sauvegardé par le responsable informatique de votre cabinet avec les outils de PostgreSQL (pg_dump, et pg_restore pour remettre une sauvegarde)&#xa0;; `casedesk backup -o FILE` lance pg_dump s’il est installé. Demandez-lui quand la dernière sauvegarde a eu lieu.</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sauvegarde écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup restored; the caseload it replaced was kept as a backup.</source>
        <translation>Sauvegarde restaurée&#xa0;; les dossiers remplacés ont été conservés en sauvegarde.</translation>
    </message>
</context>
<context>
    <name>BatchLetterOptions</name>
    <message>
        <source>Letters for %1 clients</source>
        <translation>Lettres pour %1 clients</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Lettre</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>L&amp;angue</translation>
    </message>
    <message>
        <source>Clients the letter does not fit (e.g. no Canadian partner) are skipped and listed at the end.</source>
        <translation>Les clients à qui la lettre ne convient pas (p. ex. sans partenaire canadien) sont sautés et énumérés à la fin.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <source>Business and self-employment</source>
        <translation>Affaires et travail autonome</translation>
    </message>
    <message>
        <source>For the start-up visa, the investor and Quebec business programs, and the self-employed program.</source>
        <translation>Pour le visa pour démarrage d’entreprise, les programmes d’investisseurs et d’affaires du Québec, et le programme des travailleurs autonomes.</translation>
    </message>
    <message>
        <source>What is the client&apos;s net worth, in Canadian dollars?</source>
        <translation>Quelle est la valeur nette du client, en dollars canadiens&#xa0;?</translation>
    </message>
    <message>
        <source>Digits only, e.g. 300000</source>
        <translation>Chiffres seulement, p. ex. 300000</translation>
    </message>
    <message>
        <source>Does a designated Canadian organization (venture capital fund, angel investor group or business incubator) support the client&apos;s business?</source>
        <translation>Une organisation canadienne désignée (fonds de capital-risque, groupe d’investisseurs providentiels ou incubateur d’entreprises) appuie-t-elle l’entreprise du client&#xa0;?</translation>
    </message>
    <message>
        <source>How many years of cultural or athletic self-employment, or world-class participation, does the client have?</source>
        <translation>Combien d’années de travail autonome dans des activités culturelles ou sportives, ou de participation de calibre mondial, le client compte-t-il&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CaseFileCommands</name>
    <message>
        <source>Importing case files… clients read: %1</source>
        <translation>Importation des dossiers… clients lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Assessing the imported clients…</source>
        <translation>Évaluation des clients importés…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importation annulée&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Clients imported: %1</source>
        <translation>Clients importés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clients imported: %1. Run Policy ▸ Re-assess Caseload to see their best routes.</source>
        <translation>Clients importés&#xa0;: %1. Lancez Politique ▸ Réévaluer les dossiers pour voir leurs meilleures voies.</translation>
    </message>
    <message>
        <source>Imported with warnings</source>
        <translation>Importé avec des avertissements</translation>
    </message>
    <message>
        <source>Writing case files…</source>
        <translation>Écriture des dossiers…</translation>
    </message>
    <message>
        <source>Case files written: %1</source>
        <translation>Dossiers écrits&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>U.S. status</source>
        <translation>Statut aux É.-U.</translation>
    </message>
    <message>
        <source>Status ends</source>
        <translation>Fin du statut</translation>
    </message>
    <message>
        <source>Best route</source>
        <translation>Meilleure voie</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>File no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Ended %1 days ago</source>
        <translation>Terminé il y a %1&#xa0;jours</translation>
    </message>
    <message>
        <source>Ends in %1 days</source>
        <translation>Prend fin dans %1&#xa0;jours</translation>
    </message>
    <message>
        <source>%1 · ended %2 days ago</source>
        <translation>%1 · terminé il y a %2&#xa0;jours</translation>
    </message>
</context>
<context>
    <name>CaseworkerNameDialog</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>CaseDesk writes who changed what in each client&apos;s history, and signs letters with your name. What is your name, as it should appear there? (It can be changed in File ▸ Settings.)</source>
        <translation>CaseDesk inscrit qui a modifié quoi dans l’historique de chaque client et signe les lettres de votre nom. Quel est votre nom, tel qu’il doit y figurer&#xa0;? (Vous pourrez le changer dans Fichier ▸ Paramètres.)</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Type your name, or choose Later.</source>
        <translation>Tapez votre nom, ou choisissez Plus tard.</translation>
    </message>
</context>
<context>
    <name>ClientCommands</name>
    <message>
        <source>Client added.</source>
        <translation>Client ajouté.</translation>
    </message>
    <message>
        <source>Client saved.</source>
        <translation>Client enregistré.</translation>
    </message>
    <message>
        <source>Client saved: your values replaced theirs.</source>
        <translation>Client enregistré&#xa0;: vos valeurs ont remplacé les siennes.</translation>
    </message>
    <message>
        <source>Reloaded: the client as they saved it.</source>
        <translation>Rechargé&#xa0;: le client tel que l’autre intervenant l’a enregistré.</translation>
    </message>
    <message>
        <source>Client deleted</source>
        <translation>Client supprimé</translation>
    </message>
    <message>
        <source>Clients deleted: %1</source>
        <translation>Clients supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — Undo (%2)</source>
        <translation>%1 — Annuler (%2)</translation>
    </message>
    <message>
        <source>Could not undo the deletion</source>
        <translation>Impossible d’annuler la suppression</translation>
    </message>
    <message>
        <source>Client restored</source>
        <translation>Client rétabli</translation>
    </message>
    <message>
        <source>Clients restored: %1</source>
        <translation>Clients rétablis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message>
        <source>Checking the change history…</source>
        <translation>Vérification de l’historique des modifications…</translation>
    </message>
    <message>
        <source>The interview is for one client: select one, or none for a new client (%1 are selected).</source>
        <translation>L’entrevue porte sur un seul client&#xa0;: sélectionnez-en un, ou aucun pour un nouveau client (%1 sont sélectionnés).</translation>
    </message>
    <message>
        <source>Interview answers saved.</source>
        <translation>Réponses de l’entrevue enregistrées.</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Célibataire</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Marié</translation>
    </message>
    <message>
        <source>Common-law</source>
        <translation>Union de fait</translation>
    </message>
    <message>
        <source>Separated</source>
        <translation>Séparé</translation>
    </message>
    <message>
        <source>Divorced</source>
        <translation>Divorcé</translation>
    </message>
    <message>
        <source>Widowed</source>
        <translation>Veuf</translation>
    </message>
    <message>
        <source>Parole</source>
        <translation>Libération conditionnelle</translation>
    </message>
    <message>
        <source>Temporary Protected Status (TPS)</source>
        <translation>Statut de protection temporaire (TPS)</translation>
    </message>
    <message>
        <source>Employment authorization (EAD)</source>
        <translation>Autorisation de travail (EAD)</translation>
    </message>
    <message>
        <source>Asylum application pending</source>
        <translation>Demande d’asile en cours</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>U.S. citizen</source>
        <translation>Citoyen américain</translation>
    </message>
    <message>
        <source>U.S. permanent resident (green card)</source>
        <translation>Résident permanent des États-Unis (carte verte)</translation>
    </message>
    <message>
        <source>CHNV (Cuba, Haiti, Nicaragua, Venezuela)</source>
        <translation>CHNV (Cuba, Haïti, Nicaragua, Venezuela)</translation>
    </message>
    <message>
        <source>Uniting for Ukraine (U4U)</source>
        <translation>Uniting for Ukraine (U4U)</translation>
    </message>
    <message>
        <source>Operation Allies Welcome (OAW)</source>
        <translation>Operation Allies Welcome (OAW)</translation>
    </message>
    <message>
        <source>Family Reunification Parole (FRP)</source>
        <translation>Réunification familiale (FRP)</translation>
    </message>
    <message>
        <source>Central American Minors (CAM)</source>
        <translation>Mineurs d’Amérique centrale (CAM)</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Époux ou épouse</translation>
    </message>
    <message>
        <source>Common-law partner</source>
        <translation>Conjoint de fait</translation>
    </message>
    <message>
        <source>Conjugal partner</source>
        <translation>Partenaire conjugal</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citoyen</translation>
    </message>
    <message>
        <source>Permanent resident</source>
        <translation>Résident permanent</translation>
    </message>
    <message>
        <source>Protected person</source>
        <translation>Personne protégée</translation>
    </message>
    <message>
        <source>Removal stayed (humanitarian grounds)</source>
        <translation>Renvoi suspendu (motifs d’ordre humanitaire)</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Permis de travail</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>Permis d’études</translation>
    </message>
    <message>
        <source>Refugee claimant</source>
        <translation>Demandeur d’asile</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Sans statut</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Tuteur légal</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Père</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mère</translation>
    </message>
    <message>
        <source>Brother</source>
        <translation>Frère</translation>
    </message>
    <message>
        <source>Sister</source>
        <translation>Sœur</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>Grand-père</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Grand-mère</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Petit-enfant</translation>
    </message>
    <message>
        <source>Uncle</source>
        <translation>Oncle</translation>
    </message>
    <message>
        <source>Aunt</source>
        <translation>Tante</translation>
    </message>
    <message>
        <source>Nephew</source>
        <translation>Neveu</translation>
    </message>
    <message>
        <source>Niece</source>
        <translation>Nièce</translation>
    </message>
    <message>
        <source>Cousin</source>
        <translation>Cousin ou cousine</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Birth in Canada</source>
        <translation>Naissance au Canada</translation>
    </message>
    <message>
        <source>Naturalization</source>
        <translation>Naturalisation</translation>
    </message>
    <message>
        <source>Descent (born abroad to a Canadian)</source>
        <translation>Filiation (né à l’étranger d’un Canadien)</translation>
    </message>
    <message>
        <source>Not Canadian</source>
        <translation>Pas canadien</translation>
    </message>
    <message>
        <source>At a land port of entry</source>
        <translation>À un point d’entrée terrestre</translation>
    </message>
    <message>
        <source>Between ports of entry</source>
        <translation>Entre les points d’entrée</translation>
    </message>
    <message>
        <source>At an airport</source>
        <translation>À un aéroport</translation>
    </message>
    <message>
        <source>Has not entered</source>
        <translation>Pas encore entré</translation>
    </message>
    <message>
        <source>Less than secondary school</source>
        <translation>Moins que le secondaire</translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation>Études secondaires</translation>
    </message>
    <message>
        <source>One-year post-secondary program</source>
        <translation>Programme postsecondaire d’un an</translation>
    </message>
    <message>
        <source>Two-year post-secondary program</source>
        <translation>Programme postsecondaire de deux ans</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree or program of 3+ years</source>
        <translation>Baccalauréat ou programme de 3&#xa0;ans ou plus</translation>
    </message>
    <message>
        <source>Two or more credentials, one of 3+ years</source>
        <translation>Deux diplômes ou plus, dont un de 3&#xa0;ans ou plus</translation>
    </message>
    <message>
        <source>Master&apos;s or professional degree</source>
        <translation>Maîtrise ou diplôme professionnel</translation>
    </message>
    <message>
        <source>Doctoral degree (PhD)</source>
        <translation>Doctorat (Ph. D.)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>One- or two-year credential</source>
        <translation>Diplôme d’un ou deux ans</translation>
    </message>
    <message>
        <source>Credential of three years or more</source>
        <translation>Diplôme de trois ans ou plus</translation>
    </message>
    <message>
        <source>IELTS General Training</source>
        <translation>IELTS General Training</translation>
    </message>
    <message>
        <source>CELPIP General</source>
        <translation>CELPIP General</translation>
    </message>
    <message>
        <source>TEF Canada</source>
        <translation>TEF Canada</translation>
    </message>
    <message>
        <source>TCF Canada</source>
        <translation>TCF Canada</translation>
    </message>
    <message>
        <source>PTE Core</source>
        <translation>PTE Core</translation>
    </message>
    <message>
        <source>Alberta</source>
        <translation>Alberta</translation>
    </message>
    <message>
        <source>British Columbia</source>
        <translation>Colombie-Britannique</translation>
    </message>
    <message>
        <source>Manitoba</source>
        <translation>Manitoba</translation>
    </message>
    <message>
        <source>New Brunswick</source>
        <translation>Nouveau-Brunswick</translation>
    </message>
    <message>
        <source>Newfoundland and Labrador</source>
        <translation>Terre-Neuve-et-Labrador</translation>
    </message>
    <message>
        <source>Nova Scotia</source>
        <translation>Nouvelle-Écosse</translation>
    </message>
    <message>
        <source>Northwest Territories</source>
        <translation>Territoires du Nord-Ouest</translation>
    </message>
    <message>
        <source>Nunavut</source>
        <translation>Nunavut</translation>
    </message>
    <message>
        <source>Ontario</source>
        <translation>Ontario</translation>
    </message>
    <message>
        <source>Prince Edward Island</source>
        <translation>Île-du-Prince-Édouard</translation>
    </message>
    <message>
        <source>Quebec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>Saskatchewan</source>
        <translation>Saskatchewan</translation>
    </message>
    <message>
        <source>Yukon</source>
        <translation>Yukon</translation>
    </message>
    <message>
        <source>TEER 0: management</source>
        <translation>FEER 0&#xa0;: gestion</translation>
    </message>
    <message>
        <source>TEER 1: university degree</source>
        <translation>FEER 1&#xa0;: diplôme universitaire</translation>
    </message>
    <message>
        <source>TEER 2: college diploma, apprenticeship or supervisory role</source>
        <translation>FEER 2&#xa0;: diplôme collégial, apprentissage ou supervision</translation>
    </message>
    <message>
        <source>TEER 3: college or apprenticeship under 2 years</source>
        <translation>FEER 3&#xa0;: collège ou apprentissage de moins de 2&#xa0;ans</translation>
    </message>
    <message>
        <source>TEER 4: secondary school</source>
        <translation>FEER 4&#xa0;: études secondaires</translation>
    </message>
    <message>
        <source>TEER 5: short work demonstration</source>
        <translation>FEER 5&#xa0;: courte démonstration de travail</translation>
    </message>
    <message>
        <source>&amp;Speaking</source>
        <translation>Expression &amp;orale</translation>
    </message>
    <message>
        <source>L&amp;istening</source>
        <translation>Compréhension de l’o&amp;ral</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>Compréhension de l’é&amp;crit</translation>
    </message>
    <message>
        <source>&amp;Writing</source>
        <translation>E&amp;xpression écrite</translation>
    </message>
    <message>
        <source>Speaking sc&amp;ore</source>
        <translation>Résultat – expression orale</translation>
    </message>
    <message>
        <source>Listening scor&amp;e</source>
        <translation>Résultat – compréhension de l’oral</translation>
    </message>
    <message>
        <source>Reading score</source>
        <translation>Résultat – compréhension de l’écrit</translation>
    </message>
    <message>
        <source>Writing score</source>
        <translation>Résultat – expression écrite</translation>
    </message>
    <message>
        <source>Whole years, e.g. 3</source>
        <translation>Années entières, p. ex. 3</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Prénoms</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Date de &amp;naissance</translation>
    </message>
    <message>
        <source>&amp;Country of birth</source>
        <translation>Pa&amp;ys de naissance</translation>
    </message>
    <message>
        <source>Type the country&apos;s name, e.g. Venezuela</source>
        <translation>Tapez le nom du pays, p. ex. Venezuela</translation>
    </message>
    <message>
        <source>Ci&amp;tizenships</source>
        <translation>Ci&amp;toyennetés</translation>
    </message>
    <message>
        <source>Countries separated by commas, e.g. Venezuela, Colombia</source>
        <translation>Pays séparés par des virgules, p. ex. Venezuela, Colombie</translation>
    </message>
    <message>
        <source>&amp;Marital status</source>
        <translation>État &amp;matrimonial</translation>
    </message>
    <message>
        <source>&amp;A-number</source>
        <translation>Numéro &amp;A</translation>
    </message>
    <message>
        <source>A followed by 8 or 9 digits, e.g. A123456789</source>
        <translation>A suivi de 8 ou 9 chiffres, p. ex. A123456789</translation>
    </message>
    <message>
        <source>&amp;Languages spoken</source>
        <translation>&amp;Langues parlées</translation>
    </message>
    <message>
        <source>Languages separated by commas, e.g. Spanish, English</source>
        <translation>Langues séparées par des virgules, p. ex. espagnol, anglais</translation>
    </message>
    <message>
        <source>U.S. status</source>
        <translation>Statut aux É.-U.</translation>
    </message>
    <message>
        <source>One entry per status held in the United States, past or present. Leave the box unchecked until asked.</source>
        <translation>Une entrée par statut détenu aux États-Unis, passé ou actuel. Laissez la case décochée tant que la question n’a pas été posée.</translation>
    </message>
    <message>
        <source>Asked about U.S. status</source>
        <translation>Question posée sur le statut aux É.-U.</translation>
    </message>
    <message>
        <source>U.S. status {}</source>
        <translation>Statut aux É.-U. {}</translation>
    </message>
    <message>
        <source>&amp;Add a U.S. status</source>
        <translation>&amp;Ajouter un statut aux É.-U.</translation>
    </message>
    <message>
        <source>None: the client has no U.S. status.</source>
        <translation>Aucun&#xa0;: le client n’a aucun statut aux États-Unis.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Parole program</source>
        <translation>&amp;Programme de libération conditionnelle</translation>
    </message>
    <message>
        <source>&amp;TPS country</source>
        <translation>Pays du &amp;TPS</translation>
    </message>
    <message>
        <source>The country of the TPS designation, e.g. Venezuela</source>
        <translation>Le pays désigné pour le TPS, p. ex. Venezuela</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Valide jusqu’au</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Depuis</translation>
    </message>
    <message>
        <source>S&amp;tatus in Canada</source>
        <translation>S&amp;tatut au Canada</translation>
    </message>
    <message>
        <source>&amp;Lives in Canada</source>
        <translation>&amp;Vit au Canada</translation>
    </message>
    <message>
        <source>&amp;Accompanying the client</source>
        <translation>&amp;Accompagne le client</translation>
    </message>
    <message>
        <source>Has a spouse or partner</source>
        <translation>A un époux ou un conjoint</translation>
    </message>
    <message>
        <source>Relatives in Canada</source>
        <translation>Famille au Canada</translation>
    </message>
    <message>
        <source>Asked about relatives in Canada</source>
        <translation>Question posée sur la famille au Canada</translation>
    </message>
    <message>
        <source>Relative {}</source>
        <translation>Membre de la famille {}</translation>
    </message>
    <message>
        <source>&amp;Add a relative</source>
        <translation>&amp;Ajouter un membre de la famille</translation>
    </message>
    <message>
        <source>None: no relatives in Canada.</source>
        <translation>Aucun&#xa0;: pas de famille au Canada.</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Lien de parenté</translation>
    </message>
    <message>
        <source>&amp;Status in Canada</source>
        <translation>&amp;Statut au Canada</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>Â&amp;ge</translation>
    </message>
    <message>
        <source>Years, e.g. 34</source>
        <translation>Années, p. ex. 34</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>For citizenship by descent.</source>
        <translation>Pour la citoyenneté par filiation.</translation>
    </message>
    <message>
        <source>Asked about parents</source>
        <translation>Question posée sur les parents</translation>
    </message>
    <message>
        <source>Parent {}</source>
        <translation>Parent {}</translation>
    </message>
    <message>
        <source>&amp;Add a parent</source>
        <translation>&amp;Ajouter un parent</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucun consigné.</translation>
    </message>
    <message>
        <source>&amp;Canadian at the client&apos;s birth</source>
        <translation>&amp;Canadien à la naissance du client</translation>
    </message>
    <message>
        <source>Canadian &amp;by</source>
        <translation>Canadien &amp;par</translation>
    </message>
    <message>
        <source>&amp;Days in Canada before the client&apos;s birth</source>
        <translation>&amp;Jours au Canada avant la naissance du client</translation>
    </message>
    <message>
        <source>Number of days, e.g. 1095</source>
        <translation>Nombre de jours, p. ex. 1095</translation>
    </message>
    <message>
        <source>A &amp;grandparent was born in Canada</source>
        <translation>Un &amp;grand-parent est né au Canada</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>&amp;Accompanied by a parent or guardian</source>
        <translation>&amp;Accompagné d’un parent ou d’un tuteur</translation>
    </message>
    <message>
        <source>&amp;Parent or guardian in Canada or the U.S.</source>
        <translation>&amp;Parent ou tuteur au Canada ou aux É.-U.</translation>
    </message>
    <message>
        <source>The client is a minor</source>
        <translation>Le client est mineur</translation>
    </message>
    <message>
        <source>Entry to Canada</source>
        <translation>Entrée au Canada</translation>
    </message>
    <message>
        <source>&amp;Mode of entry</source>
        <translation>&amp;Mode d’entrée</translation>
    </message>
    <message>
        <source>&amp;Date of entry</source>
        <translation>&amp;Date d’entrée</translation>
    </message>
    <message>
        <source>&amp;Refugee claim made on</source>
        <translation>Demande d’&amp;asile présentée le</translation>
    </message>
    <message>
        <source>F&amp;irst entry into Canada after 24 June 2020</source>
        <translation>P&amp;remière entrée au Canada après le 24 juin 2020</translation>
    </message>
    <message>
        <source>Even if the client left and came back (Bill C-12&apos;s one-year bar counts from it)</source>
        <translation>Même si le client est reparti puis revenu (l’interdiction d’un an du projet de loi C-12 se compte à partir de celle-ci)</translation>
    </message>
    <message>
        <source>Record entry to Canada</source>
        <translation>Consigner l’entrée au Canada</translation>
    </message>
    <message>
        <source>Holds a valid Canadian &amp;visa or permit</source>
        <translation>Détient un &amp;visa ou un permis canadien valide</translation>
    </message>
    <message>
        <source>Record Canadian documents</source>
        <translation>Consigner les documents canadiens</translation>
    </message>
    <message>
        <source>E&amp;xposed to the death penalty</source>
        <translation>E&amp;xposé à la peine de mort</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Travail et études</translation>
    </message>
    <message>
        <source>Used for the Express Entry score (CRS).</source>
        <translation>Sert à la note d’Entrée express (SCG).</translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation>É&amp;tudes</translation>
    </message>
    <message>
        <source>First official language</source>
        <translation>Première langue officielle</translation>
    </message>
    <message>
        <source>Second official language</source>
        <translation>Seconde langue officielle</translation>
    </message>
    <message>
        <source>&amp;Canadian work experience</source>
        <translation>Expérience de travail au &amp;Canada</translation>
    </message>
    <message>
        <source>&amp;Foreign work experience</source>
        <translation>Expérience de travail à l’é&amp;tranger</translation>
    </message>
    <message>
        <source>Certificate of &amp;qualification (trade)</source>
        <translation>Certificat de &amp;compétence (métier)</translation>
    </message>
    <message>
        <source>Canadian e&amp;ducation</source>
        <translation>É&amp;tudes au Canada</translation>
    </message>
    <message>
        <source>&amp;Provincial nomination</source>
        <translation>&amp;Nomination provinciale</translation>
    </message>
    <message>
        <source>TEER of the s&amp;killed work</source>
        <translation>FEER du travail &amp;qualifié</translation>
    </message>
    <message>
        <source>Skilled work in the last &amp;ten years</source>
        <translation>Travail qualifié des &amp;dix dernières années</translation>
    </message>
    <message>
        <source>Whole years; one of them continuous in one occupation</source>
        <translation>Années entières, dont une continue dans une même profession</translation>
    </message>
    <message>
        <source>Skilled work in Canada in the last t&amp;hree years</source>
        <translation>Travail qualifié au Canada des &amp;trois dernières années</translation>
    </message>
    <message>
        <source>Work in a skilled trade in the last fi&amp;ve years</source>
        <translation>Métier spécialisé des &amp;cinq dernières années</translation>
    </message>
    <message>
        <source>Famil&amp;y size</source>
        <translation>Taille de la famil&amp;le</translation>
    </message>
    <message>
        <source>The client, the partner and every dependent child, coming or not</source>
        <translation>Le client, le partenaire et chaque enfant à charge, qu’ils viennent ou non</translation>
    </message>
    <message>
        <source>Sett&amp;lement funds (CAD)</source>
        <translation>Fonds d’éta&amp;blissement ($ CA)</translation>
    </message>
    <message>
        <source>Money available to settle, digits only, e.g. 20000</source>
        <translation>Argent disponible pour s’établir, chiffres seulement, p. ex. 20000</translation>
    </message>
    <message>
        <source>Spo&amp;use&apos;s education</source>
        <translation>Études de l’é&amp;poux</translation>
    </message>
    <message>
        <source>Spouse&apos;s first official language</source>
        <translation>Première langue officielle de l’époux</translation>
    </message>
    <message>
        <source>Spouse&apos;s Canadian work experie&amp;nce</source>
        <translation>Expérience de travail au Canada de l’&amp;époux</translation>
    </message>
    <message>
        <source>Count spouse or partner factors</source>
        <translation>Compter les facteurs de l’époux ou du conjoint</translation>
    </message>
    <message>
        <source>Only when the partner is coming to Canada and is not a Canadian citizen or permanent resident.</source>
        <translation>Seulement si le partenaire vient au Canada et n’est ni citoyen canadien ni résident permanent.</translation>
    </message>
    <message>
        <source>Record work, education and languages</source>
        <translation>Consigner le travail, les études et les langues</translation>
    </message>
    <message>
        <source>Job offer</source>
        <translation>Offre d’emploi</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <source>&amp;TEER category</source>
        <translation>Catégorie &amp;FEER</translation>
    </message>
    <message>
        <source>Has a job offer in Canada</source>
        <translation>A une offre d’emploi au Canada</translation>
    </message>
    <message>
        <source>Intends to live in &amp;Quebec</source>
        <translation>Compte vivre au &amp;Québec</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Years of &amp;cultural or athletic self-employment</source>
        <translation>Années de travail autonome &amp;culturel ou sportif</translation>
    </message>
    <message>
        <source>Record self-employment</source>
        <translation>Consigner le travail autonome</translation>
    </message>
    <message>
        <source>&amp;Net worth (CAD)</source>
        <translation>&amp;Valeur nette ($ CA)</translation>
    </message>
    <message>
        <source>Digits only, e.g. 300000</source>
        <translation>Chiffres seulement, p. ex. 300000</translation>
    </message>
    <message>
        <source>Supported by a &amp;designated organization</source>
        <translation>Appuyé par une organisation &amp;désignée</translation>
    </message>
    <message>
        <source>Record business assets</source>
        <translation>Consigner les avoirs d’affaires</translation>
    </message>
    <message>
        <source>Documents and tasks</source>
        <translation>Documents et tâches</translation>
    </message>
    <message>
        <source>Dates that start a deadline: documents that expire, an Express Entry invitation, and your own tasks for this client.</source>
        <translation>Les dates qui lancent une échéance&#xa0;: documents qui expirent, invitation d’Entrée express, et vos propres tâches pour ce client.</translation>
    </message>
    <message>
        <source>&amp;Passport expires</source>
        <translation>Expiration du &amp;passeport</translation>
    </message>
    <message>
        <source>&amp;Language test taken</source>
        <translation>Test de &amp;langue passé le</translation>
    </message>
    <message>
        <source>P&amp;olice certificate issued</source>
        <translation>Certificat de p&amp;olice délivré le</translation>
    </message>
    <message>
        <source>&amp;Medical exam done</source>
        <translation>Examen &amp;médical fait le</translation>
    </message>
    <message>
        <source>Record document dates</source>
        <translation>Consigner les dates des documents</translation>
    </message>
    <message>
        <source>Express Entry &amp;invitation received</source>
        <translation>&amp;Invitation d’Entrée express reçue le</translation>
    </message>
    <message>
        <source>Express Entry &amp;categories met</source>
        <translation>&amp;Catégories d’Entrée express remplies</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. healthcare_social_services, trades, stem, education, transport</source>
        <translation>Séparées par des virgules, p. ex. healthcare_social_services, trades, stem, education, transport</translation>
    </message>
    <message>
        <source>Record Express Entry facts</source>
        <translation>Consigner les faits d’Entrée express</translation>
    </message>
    <message>
        <source>Tasks for this client</source>
        <translation>Tâches pour ce client</translation>
    </message>
    <message>
        <source>Task {}</source>
        <translation>Tâche {}</translation>
    </message>
    <message>
        <source>Add a &amp;task</source>
        <translation>Ajouter une &amp;tâche</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Ta&amp;g</source>
        <translation>Éti&amp;quette</translation>
    </message>
    <message>
        <source>A word to filter by, e.g. documents</source>
        <translation>Un mot pour filtrer, p. ex. documents</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove {}</source>
        <translation>Retirer {}</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Question pas encore posée.</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>CLB / NCLC levels</source>
        <translation>Niveaux NCLC / CLB</translation>
    </message>
    <message>
        <source>Language test scores</source>
        <translation>Résultats au test de langue</translation>
    </message>
    <message>
        <source>Result given &amp;as</source>
        <translation>Résultat exprimé &amp;en</translation>
    </message>
    <message>
        <source>Level 0-12</source>
        <translation>Niveau 0 à 12</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>{lo:g} to {hi:g}, in steps of {step:g}</source>
        <translation>{lo:g} à {hi:g}, par pas de {step:g}</translation>
    </message>
    <message>
        <source>required: the test these scores come from</source>
        <translation>obligatoire&#xa0;: le test dont viennent ces résultats</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>U.S. status ended %1, %2 days ago: this is the client&apos;s state, no longer a deadline.</source>
        <translation>Le statut aux États-Unis a pris fin le %1, il y a %2&#xa0;jours&#xa0;: c&apos;est la situation du client, et non plus une échéance.</translation>
    </message>
    <message>
        <source>This section has problems to fix</source>
        <translation>Cette section a des problèmes à corriger</translation>
    </message>
</context>
<context>
    <name>ConfirmDecrypt</name>
    <message>
        <source>Remove encryption</source>
        <translation>Retirer le chiffrement</translation>
    </message>
    <message>
        <source>The caseload and its backups will be stored as plain files again: anyone who gets a copy of them can read every client&apos;s file. The key file and any remembered passphrase are deleted.</source>
        <translation>Les dossiers et leurs sauvegardes seront de nouveau stockés en clair&#xa0;: quiconque en obtient une copie peut lire le dossier de chaque client. Le fichier de clé et toute phrase de passe mémorisée sont supprimés.</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery key:</source>
        <translation>&amp;Phrase de passe ou clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove Encryption</source>
        <translation>&amp;Retirer le chiffrement</translation>
    </message>
    <message>
        <source>Enter the passphrase, or the recovery key.</source>
        <translation>Entrez la phrase de passe ou la clé de récupération.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this client</source>
        <translation>Quelqu’un d’autre a enregistré ce client</translation>
    </message>
    <message>
        <source>another caseworker</source>
        <translation>un autre intervenant</translation>
    </message>
    <message>
        <source>%1 saved this client at %2, after you opened it (their version %3, yours was %4). Their values and yours differ here:</source>
        <translation>%1 a enregistré ce client à %2, après que vous l’avez ouvert (sa version&#xa0;: %3&#xa0;; la vôtre&#xa0;: %4). Ses valeurs et les vôtres diffèrent ici&#xa0;:</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Les siennes (enregistrées)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Recharger les siennes</translation>
    </message>
    <message>
        <source>Re-apply &amp;mine</source>
        <translation>Réappliquer les &amp;miennes</translation>
    </message>
    <message>
        <source>Re-apply mine saves only the fields you changed; their other changes are kept.</source>
        <translation>«&#xa0;Réappliquer les miennes&#xa0;» n&apos;enregistre que les champs que vous avez modifiés&#xa0;; leurs autres modifications sont conservées.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>CaseDesk: unexpected error</source>
        <translation>CaseDesk&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <source> The details are also in %1.</source>
        <translation> Les détails se trouvent aussi dans %1.</translation>
    </message>
    <message>
        <source>Something went wrong inside CaseDesk. Your saved data is safe. Please copy the details below and send them to support.</source>
        <translation>Un problème est survenu dans CaseDesk. Vos données enregistrées sont intactes. Copiez les détails ci-dessous et envoyez-les au soutien technique.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <source>Due dates by month</source>
        <translation>Échéances par mois</translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s), overdue</source>
        <translation>
            <numerusform>%n échéance ouverte, en retard</numerusform>
            <numerusform>%n échéances ouvertes, en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open deadline(s)</source>
        <translation>
            <numerusform>%n échéance ouverte</numerusform>
            <numerusform>%n échéances ouvertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineCommands</name>
    <message>
        <source>Reading today&apos;s deadlines…</source>
        <translation>Lecture des échéances du jour…</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Écriture du calendrier…</translation>
    </message>
    <message>
        <source>Calendar written: %1 deadlines</source>
        <translation>Calendrier écrit&#xa0;: %1 échéances</translation>
    </message>
    <message>
        <source>Updating deadlines for the new policy data… Until this is done, “Status ends” and “Next deadline” are from the data they were computed with.</source>
        <translation>Mise à jour des échéances selon les nouvelles données de politique… D’ici là, «&#xa0;Fin du statut&#xa0;» et «&#xa0;Prochaine échéance&#xa0;» viennent des données avec lesquelles elles ont été calculées.</translation>
    </message>
    <message>
        <source>Updating deadlines: %1 of %2 clients</source>
        <translation>Mise à jour des échéances&#xa0;: %1 clients sur %2</translation>
    </message>
    <message>
        <source>Bringing “Next deadline” up to today</source>
        <translation>Mise à jour de «&#xa0;Prochaine échéance&#xa0;» pour aujourd’hui</translation>
    </message>
    <message>
        <source>Deadlines updated for the policy data in force: %1 clients</source>
        <translation>Échéances mises à jour selon les données de politique en vigueur&#xa0;: %1 clients</translation>
    </message>
    <message>
        <source>“Status ends” and “Next deadline” are from older policy data: they could not be updated. Policy ▸ Re-assess Caseload updates them.</source>
        <translation>«&#xa0;Fin du statut&#xa0;» et «&#xa0;Prochaine échéance&#xa0;» viennent de données de politique plus anciennes&#xa0;: elles n’ont pas pu être mises à jour. Politique ▸ Réévaluer les dossiers les met à jour.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Delete clients</source>
        <translation>Supprimer des clients</translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded about them?</source>
        <translation>Supprimer %1 et tout ce qui est consigné à son sujet&#xa0;?</translation>
    </message>
    <message>
        <source>Delete these %1 clients and everything recorded about them?</source>
        <translation>Supprimer ces %1 clients et tout ce qui est consigné à leur sujet&#xa0;?</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo until you close CaseDesk.</source>
        <translation>Vous pouvez l’annuler avec Édition ▸ Annuler jusqu’à la fermeture de CaseDesk.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Mark all reviewed</source>
        <translation>Tout marquer comme examiné</translation>
    </message>
    <message>
        <source>Mark the %1 ended statuses in this list as reviewed?</source>
        <translation>Marquer comme examinés les %1 statuts terminés de cette liste&#xa0;?</translation>
    </message>
    <message>
        <source>Mark the ended status in this list as reviewed?</source>
        <translation>Marquer comme examiné le statut terminé de cette liste&#xa0;?</translation>
    </message>
    <message>
        <source>They leave this list; each client&apos;s record keeps that the status ended. “Show done and snoozed” lists them again, to reopen.</source>
        <translation>Ils quittent cette liste&#xa0;; le dossier de chaque client garde la trace de la fin du statut. «&#xa0;Afficher les traitées et les reportées&#xa0;» les affiche de nouveau, pour les rouvrir.</translation>
    </message>
    <message>
        <source>Mark &amp;All Reviewed</source>
        <translation>&amp;Tout marquer comme examiné</translation>
    </message>
    <message>
        <source>Export client data</source>
        <translation>Exporter des données de clients</translation>
    </message>
    <message>
        <source>The exported file leaves CaseDesk&apos;s protected database: it is not encrypted, and anyone who can open it can read it.</source>
        <translation>Le fichier exporté sort de la base de données protégée de CaseDesk&#xa0;: il n’est pas chiffré, et quiconque peut l’ouvrir peut le lire.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and delete it when it is no longer needed.</source>
        <translation>Conservez-le en lieu sûr et supprimez-le lorsqu’il n’est plus utile.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Unsigned letter</source>
        <translation>Lettre non signée</translation>
    </message>
    <message>
        <source>This letter will have no signature: Settings has no caseworker&apos;s name yet.</source>
        <translation>Cette lettre n’aura pas de signature&#xa0;: les paramètres ne contiennent pas encore le nom de l’intervenant.</translation>
    </message>
    <message>
        <source>Add your name and title in File ▸ Settings, or save the letter unsigned.</source>
        <translation>Ajoutez votre nom et votre titre dans Fichier ▸ Paramètres, ou enregistrez la lettre sans signature.</translation>
    </message>
    <message>
        <source>Save &amp;Unsigned</source>
        <translation>Enregistrer &amp;sans signature</translation>
    </message>
    <message>
        <source>Import case file</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Export case file</source>
        <translation>Exporter un dossier</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>Exporter les échéances</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Canadian documents and risks</source>
        <translation>Documents canadiens et risques</translation>
    </message>
    <message>
        <source>These decide whether a refugee claim at the border can be heard.</source>
        <translation>Ces réponses décident si une demande d’asile à la frontière peut être entendue.</translation>
    </message>
    <message>
        <source>Does the client hold a valid Canadian visa or permit (visitor visa, work or study permit)?</source>
        <translation>Le client détient-il un visa ou un permis canadien valide (visa de visiteur, permis de travail ou d’études)&#xa0;?</translation>
    </message>
    <message>
        <source>Has the client been charged with or convicted of a crime that could bring the death penalty in the United States or another country?</source>
        <translation>Le client a-t-il été accusé ou reconnu coupable d’un crime passible de la peine de mort aux États-Unis ou dans un autre pays&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>another operation is running; try again when it has finished</source>
        <translation>une autre opération est en cours&#xa0;; réessayez lorsqu’elle sera terminée</translation>
    </message>
    <message>
        <source>Protect the caseload with a passphrase?</source>
        <translation>Protéger les dossiers par une phrase de passe&#xa0;?</translation>
    </message>
    <message>
        <source>CaseDesk can encrypt the caseload and its backups, so that a lost laptop or a copied file does not expose your clients. You will type the passphrase each time CaseDesk starts. You can also do this later from File ▸ Encrypt the Caseload…</source>
        <translation>CaseDesk peut chiffrer les dossiers et leurs sauvegardes, pour qu’un portable perdu ou un fichier copié n’expose pas vos clients. Vous taperez la phrase de passe à chaque démarrage de CaseDesk. Vous pouvez aussi le faire plus tard avec Fichier ▸ Chiffrer les dossiers…</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Chiffrer</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Encrypting the caseload was interrupted. It has now been finished: the caseload and its backups are encrypted.</source>
        <translation>Le chiffrement des dossiers a été interrompu. Il est maintenant terminé&#xa0;: les dossiers et leurs sauvegardes sont chiffrés.</translation>
    </message>
    <message>
        <source>Encrypting the caseload was interrupted before the caseload was converted. It has been undone: the caseload and its backups are not encrypted. Encrypt it again from File ▸ Encrypt the Caseload…</source>
        <translation>Le chiffrement des dossiers a été interrompu avant leur conversion. Il a été annulé&#xa0;: les dossiers et leurs sauvegardes ne sont pas chiffrés. Chiffrez-les de nouveau avec Fichier ▸ Chiffrer les dossiers…</translation>
    </message>
    <message>
        <source>Removing the encryption was interrupted. It has now been finished: the caseload and its backups are no longer encrypted.</source>
        <translation>Le retrait du chiffrement a été interrompu. Il est maintenant terminé&#xa0;: les dossiers et leurs sauvegardes ne sont plus chiffrés.</translation>
    </message>
    <message>
        <source>Removing the encryption was interrupted before the caseload was converted. It has been undone: the caseload and its backups are encrypted as before.</source>
        <translation>Le retrait du chiffrement a été interrompu avant la conversion des dossiers. Il a été annulé&#xa0;: les dossiers et leurs sauvegardes sont chiffrés comme avant.</translation>
    </message>
    <message>
        <source>Changing the passphrase was interrupted, but it took effect: the new passphrase opens the caseload.</source>
        <translation>Le changement de phrase de passe a été interrompu, mais il a pris effet&#xa0;: la nouvelle phrase de passe ouvre les dossiers.</translation>
    </message>
    <message>
        <source>Changing the passphrase was interrupted before it took effect: the old passphrase still opens the caseload.</source>
        <translation>Le changement de phrase de passe a été interrompu avant de prendre effet&#xa0;: l’ancienne phrase de passe ouvre toujours les dossiers.</translation>
    </message>
    <message>
        <source>A conversion of the caseload was interrupted; its backups now match the caseload.</source>
        <translation>Une conversion des dossiers a été interrompue&#xa0;; leurs sauvegardes correspondent maintenant aux dossiers.</translation>
    </message>
    <message>
        <source>These backups could not be read, so they were left as they were:</source>
        <translation>Ces sauvegardes n’ont pas pu être lues&#xa0;; elles ont donc été laissées telles quelles&#xa0;:</translation>
    </message>
    <message>
        <source>An interrupted conversion</source>
        <translation>Une conversion interrompue</translation>
    </message>
</context>
<context>
    <name>EncryptionCommands</name>
    <message>
        <source>Encrypt the caseload</source>
        <translation>Chiffrer les dossiers</translation>
    </message>
    <message>
        <source>The caseload and all its backups will be encrypted with SQLCipher under this passphrase; the plain copies are overwritten. CaseDesk will ask for the passphrase each time it starts. Case files, letters and calendars you exported are not changed.</source>
        <translation>Les dossiers et toutes leurs sauvegardes seront chiffrés avec SQLCipher sous cette phrase de passe&#xa0;; les copies en clair sont écrasées. CaseDesk demandera la phrase de passe à chaque démarrage. Les dossiers, lettres et calendriers que vous avez exportés ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Chiffrer</translation>
    </message>
    <message>
        <source>Encrypting: the caseload, then each backup…</source>
        <translation>Chiffrement&#xa0;: les dossiers, puis chaque sauvegarde…</translation>
    </message>
    <message>
        <source>The caseload and %1 backups are encrypted.</source>
        <translation>Les dossiers et %1 sauvegardes sont chiffrés.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>The old passphrase stops opening the caseload at once. The recovery key stays the same.</source>
        <translation>L’ancienne phrase de passe cesse immédiatement d’ouvrir les dossiers. La clé de récupération reste la même.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Changer</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase de passe…</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Phrase de passe changée.</translation>
    </message>
    <message>
        <source>Removing encryption: the caseload, then each backup…</source>
        <translation>Retrait du chiffrement&#xa0;: les dossiers, puis chaque sauvegarde…</translation>
    </message>
    <message>
        <source>Encryption removed from the caseload and %1 backups.</source>
        <translation>Chiffrement retiré des dossiers et de %1 sauvegardes.</translation>
    </message>
    <message>
        <source>Some backups were not converted</source>
        <translation>Certaines sauvegardes n’ont pas été converties</translation>
    </message>
    <message>
        <source>These backups could not be read, so they were left as they were; delete them if you no longer need them:</source>
        <translation>Ces sauvegardes n’ont pas pu être lues&#xa0;; elles ont donc été laissées telles quelles. Supprimez-les si vous n’en avez plus besoin&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>Entry to Canada</source>
        <translation>Entrée au Canada</translation>
    </message>
    <message>
        <source>How and when the client entered Canada, or plans to.</source>
        <translation>Comment et quand le client est entré au Canada, ou compte y entrer.</translation>
    </message>
    <message>
        <source>How did the client enter Canada, or how would they?</source>
        <translation>Comment le client est-il entré au Canada, ou comment y entrerait-il&#xa0;?</translation>
    </message>
    <message>
        <source>On what date did (or will) the client enter Canada?</source>
        <translation>À quelle date le client est-il (ou sera-t-il) entré au Canada&#xa0;?</translation>
    </message>
    <message>
        <source>If the client has made a refugee claim in Canada: on what date?</source>
        <translation>Si le client a présenté une demande d’asile au Canada&#xa0;: à quelle date&#xa0;?</translation>
    </message>
    <message>
        <source>Has the client been in Canada at any time since 24 June 2020, even if they left again? If so, on what date did they first enter after that day? (Bill C-12&apos;s one-year bar counts from it.)</source>
        <translation>Le client est-il venu au Canada à un moment quelconque depuis le 24 juin 2020, même s’il est reparti&#xa0;? Si oui, à quelle date y est-il entré pour la première fois après ce jour&#xa0;? (L’interdiction d’un an du projet de loi C-12 se compte à partir de cette date.)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Could not export the history</source>
        <translation>Impossible d’exporter l’historique</translation>
    </message>
    <message>
        <source>Could not assess the client</source>
        <translation>Impossible d’évaluer le client</translation>
    </message>
    <message>
        <source>Could not re-assess the caseload</source>
        <translation>Impossible de réévaluer les dossiers</translation>
    </message>
    <message>
        <source>CaseDesk could not back up its data</source>
        <translation>CaseDesk n’a pas pu sauvegarder ses données</translation>
    </message>
    <message>
        <source>Could not back up</source>
        <translation>Impossible de sauvegarder</translation>
    </message>
    <message>
        <source>Could not restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Impossible d’importer</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Impossible d’exporter</translation>
    </message>
    <message>
        <source>Could not add the client</source>
        <translation>Impossible d’ajouter le client</translation>
    </message>
    <message>
        <source>Could not save the client</source>
        <translation>Impossible d’enregistrer le client</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message>
        <source>Could not show the history</source>
        <translation>Impossible d’afficher l’historique</translation>
    </message>
    <message>
        <source>Could not check the change history</source>
        <translation>Impossible de vérifier l’historique des modifications</translation>
    </message>
    <message>
        <source>Could not run the interview</source>
        <translation>Impossible de mener l’entrevue</translation>
    </message>
    <message>
        <source>Could not read today&apos;s deadlines</source>
        <translation>Impossible de lire les échéances du jour</translation>
    </message>
    <message>
        <source>Could not export the deadlines</source>
        <translation>Impossible d’exporter les échéances</translation>
    </message>
    <message>
        <source>Could not update the deadlines</source>
        <translation>Impossible de mettre à jour les échéances</translation>
    </message>
    <message>
        <source>Could not encrypt the caseload</source>
        <translation>Impossible de chiffrer les dossiers</translation>
    </message>
    <message>
        <source>Could not change the passphrase</source>
        <translation>Impossible de changer la phrase de passe</translation>
    </message>
    <message>
        <source>Could not remove the encryption</source>
        <translation>Impossible de retirer le chiffrement</translation>
    </message>
    <message>
        <source>Could not write the letter</source>
        <translation>Impossible de rédiger la lettre</translation>
    </message>
    <message>
        <source>Could not write the letters</source>
        <translation>Impossible de rédiger les lettres</translation>
    </message>
    <message>
        <source>Could not load the policy update</source>
        <translation>Impossible de charger la mise à jour de politique</translation>
    </message>
    <message>
        <source>Could not return to the shipped policy data</source>
        <translation>Impossible de revenir aux données de politique livrées</translation>
    </message>
    <message>
        <source>Could not mark the deadlines done</source>
        <translation>Impossible de marquer les échéances comme traitées</translation>
    </message>
    <message>
        <source>Could not snooze the deadlines</source>
        <translation>Impossible de reporter les échéances</translation>
    </message>
    <message>
        <source>Could not reopen the deadlines</source>
        <translation>Impossible de rouvrir les échéances</translation>
    </message>
    <message>
        <source>Could not record the statuses as reviewed</source>
        <translation>Impossible de consigner les statuts comme examinés</translation>
    </message>
    <message>
        <source>Could not close the file</source>
        <translation>Impossible de fermer le dossier</translation>
    </message>
    <message>
        <source>Could not purge the client</source>
        <translation>Impossible de purger le client</translation>
    </message>
    <message>
        <source>Could not list the files past retention</source>
        <translation>Impossible d’énumérer les dossiers dont la conservation est échue</translation>
    </message>
    <message>
        <source>Could not prepare the letter&apos;s preview</source>
        <translation>Impossible de préparer l’aperçu de la lettre</translation>
    </message>
    <message>
        <source>client %1: no such client (deleted meanwhile?)</source>
        <translation>client %1&#xa0;: aucun client de ce numéro (supprimé entre-temps&#xa0;?)</translation>
    </message>
    <message>
        <source>client %1: no such client</source>
        <translation>client %1&#xa0;: aucun client de ce numéro</translation>
    </message>
</context>
<context>
    <name>FactWords</name>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>rien de consigné</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>GeneralCommands</name>
    <message>
        <source>The caseload and its backups are encrypted with your passphrase.</source>
        <translation>Les dossiers et leurs sauvegardes sont chiffrés avec votre phrase de passe.</translation>
    </message>
    <message>
        <source>The caseload is not encrypted: anyone who can read this computer&apos;s files can read it.</source>
        <translation>Les dossiers ne sont pas chiffrés&#xa0;: quiconque peut lire les fichiers de cet ordinateur peut les lire.</translation>
    </message>
    <message>
        <source>This caseload is not a file on this computer: it is protected where it is kept.</source>
        <translation>Ces dossiers ne sont pas un fichier de cet ordinateur&#xa0;: ils sont protégés là où ils sont conservés.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>The user guide could not be read from %1. Reinstall CaseDesk to restore it.</source>
        <translation>Le guide d’utilisation n’a pas pu être lu dans %1. Réinstallez CaseDesk pour le rétablir.</translation>
    </message>
    <message>
        <source>Open the selected client (a table, a search with one match)</source>
        <translation>Ouvrir le client sélectionné (un tableau, une recherche avec un seul résultat)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Move between fields, and out of a table</source>
        <translation>Passer d’un champ à l’autre, et sortir d’un tableau</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Move within a table or a list</source>
        <translation>Se déplacer dans un tableau ou une liste</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>A button, tab or field whose name has an underlined letter</source>
        <translation>Un bouton, un onglet ou un champ dont le nom a une lettre soulignée</translation>
    </message>
    <message>
        <source>Alt + that letter</source>
        <translation>Alt + cette lettre</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Fermer une boîte de dialogue sans enregistrer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Appuyez sur</translation>
    </message>
    <message>
        <source>The facts recorded meet the route&apos;s conditions as far as CaseDesk can check them. Confirm the details and start.</source>
        <translation>Les faits consignés remplissent les conditions de la voie, dans la mesure où CaseDesk peut les vérifier. Confirmez les détails et commencez.</translation>
    </message>
    <message>
        <source>The route may be open: some conditions are met, others depend on facts or judgement CaseDesk cannot check.</source>
        <translation>La voie est peut-être ouverte&#xa0;: certaines conditions sont remplies, d’autres dépendent de faits ou d’une appréciation que CaseDesk ne peut pas vérifier.</translation>
    </message>
    <message>
        <source>A fact that decides the route has not been asked yet. The reasons name it: ask the client.</source>
        <translation>Un fait décisif pour la voie n’a pas encore été demandé. Les motifs le nomment&#xa0;: posez la question au client.</translation>
    </message>
    <message>
        <source>Not excluded, but the facts recorded make it improbable (for example an Express Entry score far below recent cut-offs).</source>
        <translation>Pas exclue, mais les faits consignés la rendent improbable (par exemple une note d’Entrée express bien en deçà des seuils récents).</translation>
    </message>
    <message>
        <source>The program itself is closed or paused under the policy data in force, whatever the client&apos;s facts.</source>
        <translation>Le programme lui-même est fermé ou suspendu selon les données de politique en vigueur, quels que soient les faits du client.</translation>
    </message>
    <message>
        <source>A condition of the route is not met by the facts recorded. The reasons say which.</source>
        <translation>Les faits consignés ne remplissent pas une condition de la voie. Les motifs disent laquelle.</translation>
    </message>
    <message>
        <source>A government notice, the law or an official page: cite it.</source>
        <translation>Un avis du gouvernement, la loi ou une page officielle&#xa0;: citez-le.</translation>
    </message>
    <message>
        <source>Reported by a reliable secondary source: check the official text before relying on it in a letter.</source>
        <translation>Rapporté par une source secondaire fiable&#xa0;: vérifiez le texte officiel avant de vous y fier dans une lettre.</translation>
    </message>
    <message>
        <source>No published source confirms it yet: treat it as provisional.</source>
        <translation>Aucune source publiée ne le confirme encore&#xa0;: tenez-le pour provisoire.</translation>
    </message>
    <message>
        <source>The sources disagree or are missing: verify before relying on it.</source>
        <translation>Les sources divergent ou manquent&#xa0;: vérifiez avant de vous y fier.</translation>
    </message>
    <message>
        <source>The date has passed and the deadline was not marked done: red, with a stop sign.</source>
        <translation>La date est passée et l’échéance n’a pas été marquée comme traitée&#xa0;: en rouge, avec un panneau d’arrêt.</translation>
    </message>
    <message>
        <source>Due within the week: yellow, with a warning sign; later ones are blue.</source>
        <translation>Échéance dans la semaine&#xa0;: en jaune, avec un signe d’avertissement&#xa0;; les suivantes sont en bleu.</translation>
    </message>
    <message>
        <source>A U.S. status that ended some time ago: grey, to review rather than to act on.</source>
        <translation>Un statut américain terminé depuis un certain temps&#xa0;: en gris, à examiner plutôt qu’à traiter.</translation>
    </message>
    <message>
        <source>Rests on policy data not verified for more than 90 days, or on a source to verify: check before relying on it.</source>
        <translation>Repose sur des données de politique non vérifiées depuis plus de 90&#xa0;jours, ou sur une source à vérifier&#xa0;: vérifiez avant de vous y fier.</translation>
    </message>
    <message>
        <source>What the marks mean</source>
        <translation>Sens des marques</translation>
    </message>
    <message>
        <source>Every mark is said in words and with a symbol; the colour only repeats it.</source>
        <translation>Chaque marque est dite en mots et par un symbole&#xa0;; la couleur ne fait que la répéter.</translation>
    </message>
    <message>
        <source>Verdicts on a route to Canada</source>
        <translation>Verdicts sur une voie vers le Canada</translation>
    </message>
    <message>
        <source>Urgency of a deadline</source>
        <translation>Urgence d’une échéance</translation>
    </message>
    <message>
        <source>Confidence of the policy data</source>
        <translation>Fiabilité des données de politique</translation>
    </message>
    <message>
        <source>Dates are written year first: 2026-12-02 is the 2nd of December 2026.</source>
        <translation>Dans les tableaux et les champs, les dates s’écrivent l’année en premier&#xa0;: 2026-12-02 est le 2 décembre 2026.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>CaseDesk Help</source>
        <translation>Aide de CaseDesk</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>What the &amp;marks mean</source>
        <translation>Sens des &amp;marques</translation>
    </message>
    <message>
        <source>What the marks mean</source>
        <translation>Sens des marques</translation>
    </message>
</context>
<context>
    <name>HumanCapitalPage</name>
    <message>
        <source>Education, work and plans</source>
        <translation>Études, travail et projets</translation>
    </message>
    <message>
        <source>For Express Entry, provincial nomination and the business programs.</source>
        <translation>Pour Entrée express, la nomination provinciale et les programmes d’affaires.</translation>
    </message>
    <message>
        <source>What is the highest level of education the client has completed?</source>
        <translation>Quel est le plus haut niveau d’études que le client a terminé&#xa0;?</translation>
    </message>
    <message>
        <source>How many years of skilled, paid work has the client done outside Canada in the last ten years?</source>
        <translation>Combien d’années de travail qualifié rémunéré le client a-t-il accomplies hors du Canada au cours des dix dernières années&#xa0;?</translation>
    </message>
    <message>
        <source>How many years of skilled, paid work has the client done in Canada in the last ten years?</source>
        <translation>Combien d’années de travail qualifié rémunéré le client a-t-il accomplies au Canada au cours des dix dernières années&#xa0;?</translation>
    </message>
    <message>
        <source>Does the client hold a Canadian certificate of qualification in a trade?</source>
        <translation>Le client détient-il un certificat de compétence canadien dans un métier&#xa0;?</translation>
    </message>
    <message>
        <source>What is the highest credential the client earned by studying in Canada?</source>
        <translation>Quel est le plus haut diplôme que le client a obtenu en étudiant au Canada&#xa0;?</translation>
    </message>
    <message>
        <source>Has a province or territory nominated the client?</source>
        <translation>Une province ou un territoire a-t-il nommé le client&#xa0;?</translation>
    </message>
    <message>
        <source>What kind of job is the client&apos;s skilled work (TEER category)?</source>
        <translation>De quel type d’emploi relève le travail qualifié du client (catégorie FEER)&#xa0;?</translation>
    </message>
    <message>
        <source>In the last ten years, how many years of full-time paid skilled work (TEER 0 to 3) has the client done, with at least one year in a row in the same occupation?</source>
        <translation>Au cours des dix dernières années, combien d’années de travail qualifié rémunéré à temps plein (FEER 0 à 3) le client a-t-il accomplies, dont au moins une année continue dans la même profession&#xa0;?</translation>
    </message>
    <message>
        <source>How many of those years were in Canada, in the last three years?</source>
        <translation>Combien de ces années ont été accomplies au Canada, au cours des trois dernières années&#xa0;?</translation>
    </message>
    <message>
        <source>How many years of full-time work in a skilled trade (electrician, welder, cook...) has the client done in the last five years?</source>
        <translation>Combien d’années de travail à temps plein dans un métier spécialisé (électricien, soudeur, cuisinier…) le client a-t-il accomplies au cours des cinq dernières années&#xa0;?</translation>
    </message>
    <message>
        <source>How many people are in the client&apos;s family: the client, a spouse or partner, and dependent children (theirs or the partner&apos;s), coming to Canada or not?</source>
        <translation>Combien de personnes compte la famille du client&#xa0;: le client, un époux ou un conjoint, et les enfants à charge (les siens ou ceux du partenaire), qu’ils viennent au Canada ou non&#xa0;?</translation>
    </message>
    <message>
        <source>How much money, in Canadian dollars, could the client show to settle in Canada (available, not borrowed)?</source>
        <translation>Combien d’argent, en dollars canadiens, le client pourrait-il démontrer pour s’établir au Canada (disponible, non emprunté)&#xa0;?</translation>
    </message>
    <message>
        <source>Digits only, e.g. 20000</source>
        <translation>Chiffres seulement, p. ex. 20000</translation>
    </message>
    <message>
        <source>Which Express Entry occupational categories does the client meet (12 months of work in an eligible occupation)?</source>
        <translation>Quelles catégories professionnelles d’Entrée express le client remplit-il (12&#xa0;mois de travail dans une profession admissible)&#xa0;?</translation>
    </message>
    <message>
        <source>Does the client have a job offer from an employer in Canada?</source>
        <translation>Le client a-t-il une offre d’emploi d’un employeur au Canada&#xa0;?</translation>
    </message>
    <message>
        <source>In which province or territory?</source>
        <translation>Dans quelle province ou quel territoire&#xa0;?</translation>
    </message>
    <message>
        <source>What kind of job is it (TEER category)?</source>
        <translation>De quel type d’emploi s’agit-il (catégorie FEER)&#xa0;?</translation>
    </message>
    <message>
        <source>Does the client intend to live in Quebec?</source>
        <translation>Le client compte-t-il vivre au Québec&#xa0;?</translation>
    </message>
    <message>
        <source>Does the client have money or property to invest in a business in Canada, or a business idea backed by a Canadian investor?</source>
        <translation>Le client a-t-il de l’argent ou des biens à investir dans une entreprise au Canada, ou un projet d’entreprise appuyé par un investisseur canadien&#xa0;?</translation>
    </message>
    <message>
        <source>Has the client been self-employed in cultural or athletic work (artist, musician, athlete, coach) or taken part at a world-class level?</source>
        <translation>Le client a-t-il été travailleur autonome dans des activités culturelles ou sportives (artiste, musicien, athlète, entraîneur) ou y a-t-il participé à un niveau de calibre mondial&#xa0;?</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>Names, date of birth, citizenship and status in the United States.</source>
        <translation>Noms, date de naissance, citoyenneté et statut aux États-Unis.</translation>
    </message>
    <message>
        <source>What are the client&apos;s given names?</source>
        <translation>Quels sont les prénoms du client&#xa0;?</translation>
    </message>
    <message>
        <source>What is the client&apos;s family name?</source>
        <translation>Quel est le nom de famille du client&#xa0;?</translation>
    </message>
    <message>
        <source>What is the client&apos;s date of birth?</source>
        <translation>Quelle est la date de naissance du client&#xa0;?</translation>
    </message>
    <message>
        <source>In which country was the client born?</source>
        <translation>Dans quel pays le client est-il né&#xa0;?</translation>
    </message>
    <message>
        <source>Type the country&apos;s name, e.g. Venezuela</source>
        <translation>Tapez le nom du pays, p. ex. Venezuela</translation>
    </message>
    <message>
        <source>Which countries is the client a citizen of?</source>
        <translation>De quels pays le client est-il citoyen&#xa0;?</translation>
    </message>
    <message>
        <source>Countries separated by commas, e.g. Venezuela, Colombia</source>
        <translation>Pays séparés par des virgules, p. ex. Venezuela, Colombie</translation>
    </message>
    <message>
        <source>Does the client hold, or has the client held, any status in the United States (parole, TPS, a work permit, a pending asylum case, a visa, permanent residence or U.S. citizenship)?</source>
        <translation>Le client détient-il, ou a-t-il détenu, un statut aux États-Unis (libération conditionnelle pour motifs humanitaires, TPS, permis de travail, demande d’asile en cours, visa, résidence permanente ou citoyenneté américaine)&#xa0;?</translation>
    </message>
    <message>
        <source>Each U.S. status, with the date it ends</source>
        <translation>Chaque statut aux États-Unis, avec sa date de fin</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>Le nom du client</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Some answers need fixing before going on:</source>
        <translation>Certaines réponses doivent être corrigées avant de continuer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>InterviewWizard</name>
    <message>
        <source>Interview</source>
        <translation>Entrevue</translation>
    </message>
    <message>
        <source>Interview: {name}</source>
        <translation>Entrevue&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Parole</source>
        <translation>Libération conditionnelle</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Work permit (EAD)</source>
        <translation>Permis de travail (EAD)</translation>
    </message>
    <message>
        <source>Asylum pending</source>
        <translation>Demande d’asile en cours</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Other status</source>
        <translation>Autre statut</translation>
    </message>
    <message>
        <source>U.S. citizen</source>
        <translation>Citoyen américain</translation>
    </message>
    <message>
        <source>U.S. permanent resident</source>
        <translation>Résident permanent des É.-U.</translation>
    </message>
    <message>
        <source>Visitor visa</source>
        <translation>Visa de visiteur</translation>
    </message>
    <message>
        <source>Study permit</source>
        <translation>Permis d’études</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Permis de travail</translation>
    </message>
    <message>
        <source>Refugee claim at a port of entry</source>
        <translation>Demande d’asile à un point d’entrée</translation>
    </message>
    <message>
        <source>Refugee claim after entering between ports</source>
        <translation>Demande d’asile après un passage entre les points d’entrée</translation>
    </message>
    <message>
        <source>Citizenship by descent</source>
        <translation>Citoyenneté par filiation</translation>
    </message>
    <message>
        <source>Express Entry</source>
        <translation>Entrée express</translation>
    </message>
    <message>
        <source>Provincial Nominee Program</source>
        <translation>Programme des candidats des provinces</translation>
    </message>
    <message>
        <source>Spousal or partner sponsorship</source>
        <translation>Parrainage de l’époux ou du conjoint</translation>
    </message>
    <message>
        <source>Other family sponsorship</source>
        <translation>Autre parrainage familial</translation>
    </message>
    <message>
        <source>Self-employed persons (federal)</source>
        <translation>Travailleurs autonomes (fédéral)</translation>
    </message>
    <message>
        <source>Quebec business programs</source>
        <translation>Programmes d’affaires du Québec</translation>
    </message>
    <message>
        <source>Start-up visa</source>
        <translation>Visa pour démarrage d’entreprise</translation>
    </message>
    <message>
        <source>Investor programs</source>
        <translation>Programmes d’investisseurs</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometteur</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>Information manquante</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Peu probable</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>Non disponible pour l’instant</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non admissible</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>English and French</source>
        <translation>Anglais et français</translation>
    </message>
    <message>
        <source>Official-language results count for Express Entry and most programs.</source>
        <translation>Les résultats en langues officielles comptent pour Entrée express et la plupart des programmes.</translation>
    </message>
    <message>
        <source>Has the client taken an approved English or French test (IELTS, CELPIP, PTE Core, TEF Canada, TCF Canada), or does the client know their CLB or NCLC levels? Tick a box and enter the result; leave it unticked when there is none.</source>
        <translation>Le client a-t-il passé un test d’anglais ou de français approuvé (IELTS, CELPIP, PTE Core, TEF Canada, TCF Canada), ou connaît-il ses niveaux NCLC ou CLB&#xa0;? Cochez une case et entrez le résultat&#xa0;; laissez-la décochée s’il n’y en a pas.</translation>
    </message>
</context>
<context>
    <name>LetterCommands</name>
    <message>
        <source>Letter saved: %1</source>
        <translation>Lettre enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation>Rédaction des lettres…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Letters written: %1; skipped: %2</source>
        <translation>Lettres rédigées&#xa0;: %1&#xa0;; sautées&#xa0;: %2</translation>
    </message>
    <message>
        <source>(stopped: the letters written before Stop are kept)</source>
        <translation>(arrêté&#xa0;: les lettres rédigées avant l’arrêt sont conservées)</translation>
    </message>
    <message>
        <source>Some clients were skipped</source>
        <translation>Certains clients ont été sautés</translation>
    </message>
    <message>
        <source>%1 (no. %2): %3</source>
        <translation>%1 (n° %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…et %1 de plus</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Spousal or partner sponsorship referral</source>
        <translation>Lettre d’orientation – parrainage de l’époux ou du conjoint</translation>
    </message>
    <message>
        <source>Citizenship certificate referral</source>
        <translation>Lettre d’orientation – certificat de citoyenneté</translation>
    </message>
    <message>
        <source>CaseDesk letters</source>
        <translation>Lettres CaseDesk</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Dossier pour les lettres</translation>
    </message>
    <message>
        <source>Letter saved</source>
        <translation>Lettre enregistrée</translation>
    </message>
    <message>
        <source>The letter is saved as %1.</source>
        <translation>La lettre est enregistrée sous %1.</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Letter for %1</source>
        <translation>Lettre pour %1</translation>
    </message>
    <message>
        <source>Name and address of the recipient, one line each (optional)</source>
        <translation>Nom et adresse du destinataire, une ligne chacun (facultatif)</translation>
    </message>
    <message>
        <source>A note to add to the letter (optional)</source>
        <translation>Une note à ajouter à la lettre (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Lettre</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>L&amp;angue</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Destinataire</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Letters already produced for this client</source>
        <translation>Lettres déjà produites pour ce client</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Not offered: %1 (%2)</source>
        <translation>Non offerte&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Letters already produced:</source>
        <translation>Lettres déjà produites&#xa0;:</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>No letter fits this client yet.</source>
        <translation>Aucune lettre ne convient encore à ce client.</translation>
    </message>
    <message>
        <source>assessment %1, policy data %2</source>
        <translation>évaluation %1, données de politique %2</translation>
    </message>
    <message>
        <source>Preparing preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>Saving the letter…</source>
        <translation>Enregistrement de la lettre…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Case&amp;load</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;Upcoming deadlines</source>
        <translation>É&amp;chéances à venir</translation>
    </message>
    <message>
        <source>Search names or A-number</source>
        <translation>Nom ou numéro A</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Chercher des clients</translation>
    </message>
    <message>
        <source>&amp;New Client…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>Add a client and record their facts</source>
        <translation>Ajouter un client et consigner ses renseignements</translation>
    </message>
    <message>
        <source>&amp;Edit Client…</source>
        <translation>&amp;Modifier le client…</translation>
    </message>
    <message>
        <source>Open the selected client&apos;s facts</source>
        <translation>Ouvrir les renseignements du client sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete Client…</source>
        <translation>&amp;Supprimer le client…</translation>
    </message>
    <message>
        <source>Delete the selected clients</source>
        <translation>Supprimer les clients sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Import Case Files…</source>
        <translation>&amp;Importer des dossiers…</translation>
    </message>
    <message>
        <source>Add clients from a case file (JSON or JSON Lines)</source>
        <translation>Ajouter des clients à partir d’un fichier de dossiers (JSON ou JSON Lines)</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>&amp;Exporter la sélection…</translation>
    </message>
    <message>
        <source>Write the selected clients&apos; case files</source>
        <translation>Écrire les dossiers des clients sélectionnés</translation>
    </message>
    <message>
        <source>Export &amp;All…</source>
        <translation>Exporter &amp;tout…</translation>
    </message>
    <message>
        <source>Write every client&apos;s case file</source>
        <translation>Écrire le dossier de chaque client</translation>
    </message>
    <message>
        <source>&amp;Interview…</source>
        <translation>&amp;Entrevue…</translation>
    </message>
    <message>
        <source>Guided interview: the questions that decide the routes</source>
        <translation>Entrevue guidée&#xa0;: les questions qui décident des voies</translation>
    </message>
    <message>
        <source>&amp;Routes to Canada…</source>
        <translation>&amp;Voies vers le Canada…</translation>
    </message>
    <message>
        <source>Assess every pathway for the selected client, with reasons</source>
        <translation>Évaluer chaque voie pour le client sélectionné, avec les motifs</translation>
    </message>
    <message>
        <source>&amp;Re-assess Caseload…</source>
        <translation>&amp;Réévaluer les dossiers…</translation>
    </message>
    <message>
        <source>Re-run every client against the current policy data and list whose verdicts changed</source>
        <translation>Réévaluer chaque client selon les données de politique actuelles et énumérer ceux dont les verdicts ont changé</translation>
    </message>
    <message>
        <source>&amp;Policy Data…</source>
        <translation>&amp;Données de politique…</translation>
    </message>
    <message>
        <source>The dated policy facts behind the verdicts, with sources</source>
        <translation>Les faits de politique datés derrière les verdicts, avec leurs sources</translation>
    </message>
    <message>
        <source>&amp;Load Policy Update…</source>
        <translation>&amp;Charger une mise à jour de politique…</translation>
    </message>
    <message>
        <source>Bring newer policy data into this caseload (checked whole first), then see what changed and which clients it affects</source>
        <translation>Apporter des données de politique plus récentes dans ces dossiers (vérifiées en entier d’abord), puis voir ce qui a changé et quels clients sont touchés</translation>
    </message>
    <message>
        <source>Return to &amp;Shipped Policy Data…</source>
        <translation>Revenir aux données de politique &amp;livrées…</translation>
    </message>
    <message>
        <source>Set the loaded policy updates aside and use the data shipped with CaseDesk</source>
        <translation>Mettre de côté les mises à jour chargées et utiliser les données livrées avec CaseDesk</translation>
    </message>
    <message>
        <source>&amp;Upcoming Deadlines</source>
        <translation>É&amp;chéances à venir</translation>
    </message>
    <message>
        <source>Overdue and coming deadlines across the caseload</source>
        <translation>Échéances en retard et à venir dans l’ensemble des dossiers</translation>
    </message>
    <message>
        <source>Today&apos;s &amp;Summary…</source>
        <translation>&amp;Sommaire du jour…</translation>
    </message>
    <message>
        <source>What is overdue and due this week</source>
        <translation>Ce qui est en retard et ce qui arrive à échéance cette semaine</translation>
    </message>
    <message>
        <source>Export Deadlines to &amp;Calendar…</source>
        <translation>Exporter les échéances vers le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Write every open deadline to an iCalendar (.ics) file</source>
        <translation>Écrire chaque échéance ouverte dans un fichier iCalendar (.ics)</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Lettre…</translation>
    </message>
    <message>
        <source>A referral letter (sponsorship, citizenship certificate) as PDF</source>
        <translation>Une lettre d’orientation (parrainage, certificat de citoyenneté) en PDF</translation>
    </message>
    <message>
        <source>Letters for &amp;Selection…</source>
        <translation>Lettres pour la &amp;sélection…</translation>
    </message>
    <message>
        <source>The same letter for every selected client, into a folder</source>
        <translation>La même lettre pour chaque client sélectionné, dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Take a backup of the caseload now</source>
        <translation>Faire une sauvegarde des dossiers maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Put back an earlier backup (the current caseload is kept)</source>
        <translation>Remettre une sauvegarde antérieure (les dossiers actuels sont conservés)</translation>
    </message>
    <message>
        <source>E&amp;ncrypt the Caseload…</source>
        <translation>C&amp;hiffrer les dossiers…</translation>
    </message>
    <message>
        <source>Protect the caseload and its backups with a passphrase</source>
        <translation>Protéger les dossiers et leurs sauvegardes par une phrase de passe</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for the encrypted caseload</source>
        <translation>Choisir une nouvelle phrase de passe pour les dossiers chiffrés</translation>
    </message>
    <message>
        <source>Remo&amp;ve Encryption…</source>
        <translation>Retirer le chi&amp;ffrement…</translation>
    </message>
    <message>
        <source>Store the caseload and its backups without encryption again</source>
        <translation>Stocker de nouveau les dossiers et leurs sauvegardes sans chiffrement</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Reminder lead times and calendar export</source>
        <translation>Délais des rappels et exportation du calendrier</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Che&amp;rcher</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Chercher dans les dossiers</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About CaseDesk</source>
        <translation>À &amp;propos de CaseDesk</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>How to use CaseDesk (shipped with it: no connection needed)</source>
        <translation>Comment utiliser CaseDesk (fourni avec le logiciel&#xa0;: aucune connexion requise)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key CaseDesk answers to</source>
        <translation>Toutes les touches auxquelles CaseDesk répond</translation>
    </message>
    <message>
        <source>What the &amp;Marks Mean</source>
        <translation>Sens des &amp;marques</translation>
    </message>
    <message>
        <source>Verdicts, urgency and the confidence of the policy data, in words</source>
        <translation>Les verdicts, l’urgence et la fiabilité des données de politique, en mots</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Who changed what in the selected client&apos;s file, and when</source>
        <translation>Qui a modifié quoi dans le dossier du client sélectionné, et quand</translation>
    </message>
    <message>
        <source>Close &amp;File…</source>
        <translation>Fermer le &amp;dossier…</translation>
    </message>
    <message>
        <source>Close the selected client&apos;s file (its retention period starts), or reopen it</source>
        <translation>Fermer le dossier du client sélectionné (sa période de conservation commence), ou le rouvrir</translation>
    </message>
    <message>
        <source>P&amp;urge…</source>
        <translation>P&amp;urger…</translation>
    </message>
    <message>
        <source>Erase the selected client for good, history values included</source>
        <translation>Effacer définitivement le client sélectionné, y compris les valeurs de l’historique</translation>
    </message>
    <message>
        <source>Files &amp;Past Retention…</source>
        <translation>Dossiers à &amp;conservation échue…</translation>
    </message>
    <message>
        <source>Closed files kept past their retention period, to purge</source>
        <translation>Dossiers fermés gardés au-delà de leur période de conservation, à purger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Politique</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Matching clients: %1</source>
        <translation>Clients correspondants&#xa0;: %1</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Clients&#xa0;: %1</translation>
    </message>
    <message>
        <source>No clients yet.

Add one with New Client (Ctrl+N) or the Interview (Ctrl+I) while on the phone, or bring in case files with Import Case Files (Ctrl+O).</source>
        <translation>Aucun client pour l’instant.

Ajoutez-en un avec Nouveau client (Ctrl+N) ou l’Entrevue (Ctrl+I) pendant l’appel, ou importez des dossiers avec Importer des dossiers (Ctrl+O).</translation>
    </message>
    <message>
        <source>Policy data %1 is %2 days old: verify before relying on it</source>
        <translation>Les données de politique %1 datent de %2&#xa0;jours&#xa0;: à vérifier avant de s’y fier</translation>
    </message>
    <message>
        <source>Policy data %1</source>
        <translation>Données de politique %1</translation>
    </message>
    <message>
        <source>(loaded update)</source>
        <translation>(mise à jour chargée)</translation>
    </message>
    <message>
        <source>Wait until this has finished: %1</source>
        <translation>Attendez la fin de cette opération&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MinorPage</name>
    <message>
        <source>A minor client</source>
        <translation>Un client mineur</translation>
    </message>
    <message>
        <source>Asked because the client is under {age}, or the date of birth is not known.</source>
        <translation>Question posée parce que le client a moins de {age}&#xa0;ans, ou que sa date de naissance est inconnue.</translation>
    </message>
    <message>
        <source>Is the client travelling with a parent or legal guardian?</source>
        <translation>Le client voyage-t-il avec un parent ou un tuteur légal&#xa0;?</translation>
    </message>
    <message>
        <source>Does the client have a parent or legal guardian in Canada or the United States?</source>
        <translation>Le client a-t-il un parent ou un tuteur légal au Canada ou aux États-Unis&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MorningSummaryDialog</name>
    <message>
        <source>Overdue, today and this week</source>
        <translation>En retard, aujourd&apos;hui et cette semaine</translation>
    </message>
    <message>
        <source>Overdue, due today and this week, most urgent first</source>
        <translation>En retard, à échéance aujourd&apos;hui et cette semaine, les plus urgentes d&apos;abord</translation>
    </message>
    <message>
        <source>Open this client</source>
        <translation>Ouvrir ce client</translation>
    </message>
    <message>
        <source>&amp;Open Upcoming</source>
        <translation>&amp;Ouvrir les échéances</translation>
    </message>
    <message>
        <source>Nothing overdue, and nothing due today or this week.</source>
        <translation>Rien en retard, et rien à échéance aujourd&apos;hui ni cette semaine.</translation>
    </message>
    <message>
        <source>…and %1 more overdue</source>
        <translation>…et %1 autres en retard</translation>
    </message>
    <message>
        <source>…and %1 more this week</source>
        <translation>…et %1 de plus cette semaine</translation>
    </message>
</context>
<context>
    <name>ParentDetailsPage</name>
    <message>
        <source>The Canadian parent</source>
        <translation>Le parent canadien</translation>
    </message>
    <message>
        <source>How the parent became Canadian decides whether citizenship passed to the client.</source>
        <translation>La manière dont le parent est devenu canadien décide si la citoyenneté a été transmise au client.</translation>
    </message>
    <message>
        <source>Which parent was Canadian?</source>
        <translation>Quel parent était canadien&#xa0;?</translation>
    </message>
    <message>
        <source>How did that parent become Canadian?</source>
        <translation>Comment ce parent est-il devenu canadien&#xa0;?</translation>
    </message>
    <message>
        <source>If that parent was born outside Canada: how many days had they spent in Canada before the client was born?</source>
        <translation>Si ce parent est né hors du Canada&#xa0;: combien de jours avait-il passés au Canada avant la naissance du client&#xa0;?</translation>
    </message>
    <message>
        <source>Number of days, e.g. 1095</source>
        <translation>Nombre de jours, p. ex. 1095</translation>
    </message>
</context>
<context>
    <name>ParentsScreenPage</name>
    <message>
        <source>Parents and grandparents</source>
        <translation>Parents et grands-parents</translation>
    </message>
    <message>
        <source>A parent who was Canadian when the client was born may mean the client is already a Canadian citizen.</source>
        <translation>Un parent canadien à la naissance du client peut signifier que le client est déjà citoyen canadien.</translation>
    </message>
    <message>
        <source>Was either of the client&apos;s parents a Canadian citizen when the client was born (for example, born in Canada)?</source>
        <translation>L’un des parents du client était-il citoyen canadien à la naissance du client (par exemple, né au Canada)&#xa0;?</translation>
    </message>
    <message>
        <source>Was any of the client&apos;s grandparents born in Canada?</source>
        <translation>L’un des grands-parents du client est-il né au Canada&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PartnerDetailsPage</name>
    <message>
        <source>The relationship</source>
        <translation>La relation</translation>
    </message>
    <message>
        <source>For sponsorship: the kind of relationship and how long it has lasted.</source>
        <translation>Pour le parrainage&#xa0;: la nature de la relation et sa durée.</translation>
    </message>
    <message>
        <source>Are they married, common-law partners (living together for a year or more), or conjugal partners (together a year or more but unable to live together)?</source>
        <translation>Sont-ils mariés, conjoints de fait (vivant ensemble depuis un an ou plus) ou partenaires conjugaux (ensemble depuis un an ou plus, mais incapables de vivre ensemble)&#xa0;?</translation>
    </message>
    <message>
        <source>Since what date have they been married or living together?</source>
        <translation>Depuis quelle date sont-ils mariés ou vivent-ils ensemble&#xa0;?</translation>
    </message>
    <message>
        <source>Would the spouse or partner come to Canada with the client?</source>
        <translation>L’époux ou le conjoint viendrait-il au Canada avec le client&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PartnerScreenPage</name>
    <message>
        <source>Spouse or partner</source>
        <translation>Époux ou conjoint</translation>
    </message>
    <message>
        <source>A spouse or partner who is a Canadian citizen or permanent resident can sponsor the client.</source>
        <translation>Un époux ou un conjoint citoyen canadien ou résident permanent peut parrainer le client.</translation>
    </message>
    <message>
        <source>What is the client&apos;s marital status?</source>
        <translation>Quel est l’état matrimonial du client&#xa0;?</translation>
    </message>
    <message>
        <source>Does the client have a spouse, or a common-law or conjugal partner?</source>
        <translation>Le client a-t-il un époux, un conjoint de fait ou un partenaire conjugal&#xa0;?</translation>
    </message>
    <message>
        <source>Does the spouse or partner live in Canada?</source>
        <translation>L’époux ou le conjoint vit-il au Canada&#xa0;?</translation>
    </message>
    <message>
        <source>What is the spouse or partner&apos;s status in Canada?</source>
        <translation>Quel est le statut au Canada de l’époux ou du conjoint&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Current passphrase or recovery key:</source>
        <translation>Phrase de passe &amp;actuelle ou clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Encore une fois&#xa0;:</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to remember and hard to guess. Without it (or the recovery key) nobody can open the caseload, not even support.</source>
        <translation>Au moins %1&#xa0;caractères&#xa0;; quelques mots sans lien entre eux sont faciles à retenir et difficiles à deviner. Sans elle (ou la clé de récupération), personne ne peut ouvrir les dossiers, pas même le soutien technique.</translation>
    </message>
    <message>
        <source>Enter the current passphrase (or the recovery key).</source>
        <translation>Entrez la phrase de passe actuelle (ou la clé de récupération).</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <source>YYYY-MM-DD, or pick a date (Alt+Down)</source>
        <translation>AAAA-MM-JJ, ou choisir une date (Alt+Bas)</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Choisir une date (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <source>Load policy update</source>
        <translation>Charger une mise à jour de politique</translation>
    </message>
    <message>
        <source>Return to shipped policy data</source>
        <translation>Revenir aux données de politique livrées</translation>
    </message>
    <message>
        <source>Set aside the policy updates loaded into this caseload and use the policy data shipped with CaseDesk (%1)? Every caseworker of the caseload will use it.</source>
        <translation>Mettre de côté les mises à jour de politique chargées dans ces dossiers et utiliser les données livrées avec CaseDesk (%1)&#xa0;? Tous les intervenants de ces dossiers les utiliseront.</translation>
    </message>
    <message>
        <source>Checking and loading the policy update…</source>
        <translation>Vérification et chargement de la mise à jour de politique…</translation>
    </message>
    <message>
        <source>Returning to the shipped policy data…</source>
        <translation>Retour aux données de politique livrées…</translation>
    </message>
    <message>
        <source>Re-assessing the caseload with the new policy data…</source>
        <translation>Réévaluation des dossiers avec les nouvelles données de politique…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A policy file chosen for this run (--policy) stays in force until CaseDesk restarts.</source>
        <translation>Un fichier de politique choisi pour cette session (--policy) reste en vigueur jusqu’au redémarrage de CaseDesk.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Policy data</source>
        <translation>Données de politique</translation>
    </message>
    <message>
        <source>Version %1, published %2 (%3 days ago). Facts marked ⚠ come from secondary sources or are not confirmed by a published source: verify before relying on them.</source>
        <translation>Version %1, publiée le %2 (il y a %3&#xa0;jours). Les faits marqués ⚠ viennent de sources secondaires ou ne sont confirmés par aucune source publiée&#xa0;: à vérifier avant de s’y fier.</translation>
    </message>
    <message>
        <source>This policy data is more than 90 days old.</source>
        <translation>Ces données de politique datent de plus de 90&#xa0;jours.</translation>
    </message>
    <message>
        <source>Filter facts (e.g. tps.ht, processing)</source>
        <translation>Filtrer les faits (p. ex. tps.ht, processing)</translation>
    </message>
    <message>
        <source>Filter policy facts</source>
        <translation>Filtrer les faits de politique</translation>
    </message>
    <message>
        <source>Policy facts</source>
        <translation>Faits de politique</translation>
    </message>
</context>
<context>
    <name>PolicyModel</name>
    <message>
        <source>Official or primary source</source>
        <translation>Source officielle ou primaire</translation>
    </message>
    <message>
        <source>Secondary source only</source>
        <translation>Source secondaire seulement</translation>
    </message>
    <message>
        <source>Not confirmed by any published source</source>
        <translation>Confirmé par aucune source publiée</translation>
    </message>
    <message>
        <source>Sources conflict or are missing</source>
        <translation>Sources contradictoires ou manquantes</translation>
    </message>
    <message>
        <source>Unknown confidence</source>
        <translation>Fiabilité inconnue</translation>
    </message>
    <message>
        <source>verify before relying on it</source>
        <translation>à vérifier avant de s’y fier</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>No published source yet (team&apos;s notes)</source>
        <translation>Aucune source publiée pour l’instant (notes de l’équipe)</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Ce qu’il dit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>PolicyUpdateDialog</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>U.S. status</source>
        <translation>Statut aux É.-U.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>En vigueur à partir du</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Export affected clients</source>
        <translation>Exporter les clients touchés</translation>
    </message>
    <message>
        <source>Policy update</source>
        <translation>Mise à jour de politique</translation>
    </message>
    <message>
        <source>Policy data %1 → %2: %3 facts added, %4 changed, %5 removed.</source>
        <translation>Données de politique %1 → %2&#xa0;: %3 faits ajoutés, %4 modifiés, %5 retirés.</translation>
    </message>
    <message>
        <source>Facts added, changed and removed</source>
        <translation>Faits ajoutés, modifiés et retirés</translation>
    </message>
    <message>
        <source>%1 clients re-assessed on %2: %3 affected (verdicts, U.S. status ends or open deadlines changed). Double-click a client to open it.</source>
        <translation>%1 clients réévalués le %2&#xa0;: %3 touchés (verdicts, fins de statut aux É.-U. ou échéances ouvertes modifiés). Double-cliquez sur un client pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The update is stored, but this window was started with a policy file (--policy), which stays in force until CaseDesk is started without it: the clients affected show then.</source>
        <translation>La mise à jour est enregistrée, mais cette fenêtre a été lancée avec un fichier de politique (--policy), qui reste en vigueur jusqu’à ce que CaseDesk soit lancé sans lui&#xa0;: les clients touchés s’afficheront alors.</translation>
    </message>
    <message>
        <source>The caseload was not re-assessed: run Policy ▸ Re-assess Caseload to see the clients affected.</source>
        <translation>Les dossiers n’ont pas été réévalués&#xa0;: lancez Politique ▸ Réévaluer les dossiers pour voir les clients touchés.</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>All U.S. statuses</source>
        <translation>Tous les statuts aux É.-U.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>U.S. status:</source>
        <translation>Statut aux É.-U.&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Clients affected</source>
        <translation>Clients touchés</translation>
    </message>
    <message>
        <source>No client is affected (with these filters): verdicts, U.S. status ends and open deadlines are as they were.</source>
        <translation>Aucun client n’est touché (avec ces filtres)&#xa0;: les verdicts, les fins de statut américain et les échéances ouvertes sont inchangés.</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>N° du client</translation>
    </message>
    <message>
        <source>Could not export the list</source>
        <translation>Impossible d’exporter la liste</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 lignes écrites dans %2</translation>
    </message>
</context>
<context>
    <name>ReassessDialog</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>U.S. status ends</source>
        <translation>Fin du statut aux É.-U.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Route or date</source>
        <translation>Voie ou date</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Re-assessment of the caseload</source>
        <translation>Réévaluation des dossiers</translation>
    </message>
    <message>
        <source>%1 clients re-assessed on %2 with policy %3: %4 changed (verdicts, U.S. status ends or open deadlines), %5 assessed for the first time.</source>
        <translation>%1 clients réévalués le %2 avec la politique %3&#xa0;: %4 modifiés (verdicts, fins de statut aux É.-U. ou échéances ouvertes), %5 évalués pour la première fois.</translation>
    </message>
    <message>
        <source>Double-click a client to open it.</source>
        <translation>Double-cliquez sur un client pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Clients whose verdicts or dates changed</source>
        <translation>Clients dont les verdicts ou les dates ont changé</translation>
    </message>
    <message>
        <source>No changes: every client&apos;s verdicts, U.S. status end and open deadlines are as they were.</source>
        <translation>Aucun changement&#xa0;: les verdicts, la fin du statut américain et les échéances ouvertes de chaque client sont inchangés.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this recovery key is the only way to open the caseload. It is shown only now. Print it or keep it in a password manager, away from this computer.</source>
        <translation>Si la phrase de passe est oubliée, cette clé de récupération est le seul moyen d’ouvrir les dossiers. Elle n’est affichée que maintenant. Imprimez-la ou conservez-la dans un gestionnaire de mots de passe, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key</source>
        <translation>J’ai &amp;conservé la clé de récupération</translation>
    </message>
</context>
<context>
    <name>RelativesScreenPage</name>
    <message>
        <source>Relatives in Canada</source>
        <translation>Famille au Canada</translation>
    </message>
    <message>
        <source>Some relatives can sponsor the client; a brother or sister adds Express Entry points.</source>
        <translation>Certains membres de la famille peuvent parrainer le client&#xa0;; un frère ou une sœur ajoute des points à Entrée express.</translation>
    </message>
    <message>
        <source>Apart from a spouse or partner, does the client have relatives in Canada (parents, children, brothers or sisters, grandparents, aunts, uncles, cousins)?</source>
        <translation>Outre un époux ou un conjoint, le client a-t-il de la famille au Canada (parents, enfants, frères ou sœurs, grands-parents, tantes, oncles, cousins)&#xa0;?</translation>
    </message>
    <message>
        <source>Each relative in Canada, with their status</source>
        <translation>Chaque membre de la famille au Canada, avec son statut</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>When CaseDesk started</source>
        <translation>Au démarrage de CaseDesk</translation>
    </message>
    <message>
        <source>While working (every 30 minutes)</source>
        <translation>Pendant le travail (toutes les 30&#xa0;minutes)</translation>
    </message>
    <message>
        <source>When CaseDesk closed</source>
        <translation>À la fermeture de CaseDesk</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Faite par vous</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before deleting clients</source>
        <translation>Avant la suppression de clients</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before upgrading CaseDesk (schema %1)</source>
        <translation>Avant la mise à niveau de CaseDesk (schéma %1)</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>This file cannot be read as a CaseDesk database; it cannot be restored.</source>
        <translation>Ce fichier ne peut pas être lu comme une base de données CaseDesk&#xa0;; il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the whole caseload with the backup taken %1 (%2 clients)?</source>
        <translation>Remplacer tous les dossiers par la sauvegarde prise le %1 (%2 clients)&#xa0;?</translation>
    </message>
    <message>
        <source>Everything recorded since then will be replaced. The caseload you have now is kept as a backup first, so you can undo this from the same list.</source>
        <translation>Tout ce qui a été consigné depuis sera remplacé. Les dossiers actuels sont d’abord conservés en sauvegarde&#xa0;; vous pouvez donc annuler cette opération à partir de la même liste.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>CaseDesk backs up the caseload when it starts, every 30 minutes while you work, and when it closes. Restoring a backup replaces the whole caseload; the one you have now is kept as a backup first.</source>
        <translation>CaseDesk sauvegarde les dossiers à son démarrage, toutes les 30&#xa0;minutes pendant le travail et à sa fermeture. Restaurer une sauvegarde remplace tous les dossiers&#xa0;; les dossiers actuels sont d’abord conservés en sauvegarde.</translation>
    </message>
    <message>
        <source>Backups folder: %1</source>
        <translation>Dossier des sauvegardes&#xa0;: %1</translation>
    </message>
    <message>
        <source>⚠ These files are in a %1 folder. Syncing can copy a database while it is being written and damage it: keep CaseDesk&apos;s data outside synced folders, and copy backups elsewhere yourself.</source>
        <translation>⚠ Ces fichiers sont dans un dossier %1. La synchronisation peut copier une base de données pendant son écriture et l’endommager&#xa0;: gardez les données de CaseDesk hors des dossiers synchronisés, et copiez vous-même les sauvegardes ailleurs.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Il n’y a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>CaseDesk is busy with another task (see the status bar). Restore again once it has finished; nothing was changed.</source>
        <translation>CaseDesk est occupé par une autre tâche (voir la barre d’état). Relancez la restauration une fois celle-ci terminée&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Pathways to Canada</source>
        <translation>Voies vers le Canada</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Évaluations antérieures</translation>
    </message>
    <message>
        <source>(then: {summary})</source>
        <translation>(alors&#xa0;: {summary})</translation>
    </message>
    <message>
        <source>{date}, policy data {version}</source>
        <translation>{date}, données de politique {version}</translation>
    </message>
    <message>
        <source>same verdicts as now</source>
        <translation>mêmes verdicts qu’aujourd’hui</translation>
    </message>
    <message>
        <source>Earlier assessments:</source>
        <translation>Évaluations antérieures&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Pathways to Canada</source>
        <translation>Voies vers le Canada</translation>
    </message>
    <message>
        <source>What the answers suggest, most promising first. Finish keeps the answers.</source>
        <translation>Ce que suggèrent les réponses, le plus prometteur d’abord. Terminer conserve les réponses.</translation>
    </message>
    <message>
        <source>Some answers need fixing before the assessment:</source>
        <translation>Certaines réponses doivent être corrigées avant l’évaluation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Level of education</source>
        <translation>Niveau de scolarité</translation>
    </message>
    <message>
        <source>First official language</source>
        <translation>Première langue officielle</translation>
    </message>
    <message>
        <source>Second official language</source>
        <translation>Seconde langue officielle</translation>
    </message>
    <message>
        <source>Canadian work experience</source>
        <translation>Expérience de travail au Canada</translation>
    </message>
    <message>
        <source>Spouse: education</source>
        <translation>Époux&#xa0;: études</translation>
    </message>
    <message>
        <source>Spouse: official language</source>
        <translation>Époux&#xa0;: langue officielle</translation>
    </message>
    <message>
        <source>Spouse: Canadian work experience</source>
        <translation>Époux&#xa0;: expérience de travail au Canada</translation>
    </message>
    <message>
        <source>Transferability: education</source>
        <translation>Transférabilité&#xa0;: études</translation>
    </message>
    <message>
        <source>Transferability: foreign work</source>
        <translation>Transférabilité&#xa0;: travail à l’étranger</translation>
    </message>
    <message>
        <source>Transferability: trade certificate</source>
        <translation>Transférabilité&#xa0;: certificat de compétence</translation>
    </message>
    <message>
        <source>Provincial nomination</source>
        <translation>Nomination provinciale</translation>
    </message>
    <message>
        <source>Brother or sister in Canada</source>
        <translation>Frère ou sœur au Canada</translation>
    </message>
    <message>
        <source>French-language skills</source>
        <translation>Compétences en français</translation>
    </message>
    <message>
        <source>Education in Canada</source>
        <translation>Études au Canada</translation>
    </message>
    <message>
        <source>Arranged employment (job offer)</source>
        <translation>Emploi réservé (offre d’emploi)</translation>
    </message>
    <message>
        <source>Core (age, education, languages, work) subtotal</source>
        <translation>Sous-total des facteurs de base (âge, études, langues, travail)</translation>
    </message>
    <message>
        <source>Spouse factors subtotal</source>
        <translation>Sous-total des facteurs de l’époux</translation>
    </message>
    <message>
        <source>Skill transferability subtotal (at most 100)</source>
        <translation>Sous-total de la transférabilité des compétences (100 au plus)</translation>
    </message>
    <message>
        <source>Additional points subtotal (at most 600)</source>
        <translation>Sous-total des points supplémentaires (600 au plus)</translation>
    </message>
    <message>
        <source>Comprehensive Ranking System score</source>
        <translation>Note du Système de classement global</translation>
    </message>
    <message>
        <source>verify before relying on it</source>
        <translation>à vérifier avant de s’y fier</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>No end date of a U.S. status is recorded.</source>
        <translation>Aucune date de fin de statut aux États-Unis n’est consignée.</translation>
    </message>
    <message>
        <source>U.S. status ends on {date}: in {days} days.</source>
        <translation>Le statut aux États-Unis prend fin le {date}&#xa0;: dans {days}&#xa0;jours.</translation>
    </message>
    <message>
        <source>U.S. status ends tomorrow, {date}.</source>
        <translation>Le statut aux États-Unis prend fin demain, le {date}.</translation>
    </message>
    <message>
        <source>U.S. status ends today, {date}.</source>
        <translation>Le statut aux États-Unis prend fin aujourd’hui, le {date}.</translation>
    </message>
    <message>
        <source>U.S. status ended on {date}, {days} days ago.</source>
        <translation>Le statut aux États-Unis a pris fin le {date}, il y a {days}&#xa0;jours.</translation>
    </message>
    <message>
        <source>Pathways, most promising first</source>
        <translation>Voies, la plus prometteuse d’abord</translation>
    </message>
    <message>
        <source>Express Entry score (CRS), by factor</source>
        <translation>Note d’Entrée express (SCG), par facteur</translation>
    </message>
    <message>
        <source>Express Entry score (CRS)</source>
        <translation>Note d’Entrée express (SCG)</translation>
    </message>
    <message>
        <source>Assessed as of {date}, policy data version {version}.</source>
        <translation>Évalué au {date}, données de politique version {version}.</translation>
    </message>
    <message>
        <source>Express Entry score (CRS): {total}</source>
        <translation>Note d’Entrée express (SCG)&#xa0;: {total}</translation>
    </message>
    <message>
        <source>Not known yet, scored 0: {facts}</source>
        <translation>Pas encore connu, compté 0&#xa0;: {facts}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Still to find out</source>
        <translation>Encore à établir</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Details: {name}</source>
        <translation>Détails&#xa0;: {name}</translation>
    </message>
    <message>
        <source>not verified for over {days} days</source>
        <translation>non vérifié depuis plus de {days}&#xa0;jours</translation>
    </message>
    <message>
        <source>{count} fact(s) rest on no published source yet: verify before relying on them.</source>
        <translation>{count} fait(s) ne reposent encore sur aucune source publiée&#xa0;: à vérifier avant de s’y fier.</translation>
    </message>
    <message>
        <source>{count} other policy fact(s): see Policy ▸ Policy Data.</source>
        <translation>{count} autre(s) fait(s) de politique&#xa0;: voir Politique ▸ Données de politique.</translation>
    </message>
    <message>
        <source>Sources: {name}</source>
        <translation>Sources&#xa0;: {name}</translation>
    </message>
    <message>
        <source>&amp;Write letter…</source>
        <translation>&amp;Rédiger la lettre…</translation>
    </message>
    <message>
        <source>Write the letter for {name}</source>
        <translation>Rédiger la lettre pour {name}</translation>
    </message>
    <message>
        <source>{count} fact(s) with no published source</source>
        <translation>{count} fait(s) sans source publiée</translation>
    </message>
    <message>
        <source>{count} other policy fact(s)</source>
        <translation>{count} autre(s) fait(s) de politique</translation>
    </message>
    <message>
        <source>Rests on policy data not verified for more than {days} days (or never verified): {facts}. Verify before relying on it.</source>
        <translation>Repose sur des données de politique non vérifiées depuis plus de {days}&#xa0;jours (ou jamais vérifiées)&#xa0;: {facts}. À vérifier avant de s’y fier.</translation>
    </message>
    <message>
        <source>Age of the law: {name}</source>
        <translation>Âge du droit&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Close File: %1</source>
        <translation>Fermer le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Closing the file starts its retention period (File ▸ Settings). The client stays in the caseload and can still be edited; once the period has run out the file is listed in Client ▸ Files Past Retention, to be purged.</source>
        <translation>Fermer le dossier fait commencer sa période de conservation (Fichier ▸ Paramètres). Le client reste dans les dossiers et peut encore être modifié&#xa0;; une fois la période écoulée, le dossier figure dans Client ▸ Dossiers à conservation échue, pour être purgé.</translation>
    </message>
    <message>
        <source>This file was closed on %1. Change the day, or reopen the file.</source>
        <translation>Ce dossier a été fermé le %1. Changez la date, ou rouvrez le dossier.</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Fermé le&#xa0;:</translation>
    </message>
    <message>
        <source>Close the &amp;File</source>
        <translation>Fermer le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Purge client</source>
        <translation>Purger le client</translation>
    </message>
    <message>
        <source>Erase %1 for good? Their facts, assessments, letter records, deadlines and their values in the change history are erased. This cannot be undone.</source>
        <translation>Effacer définitivement %1&#xa0;? Ses faits, évaluations, relevés de lettres, échéances et ses valeurs dans l’historique des modifications sont effacés. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>This client was deleted; the change history still keeps their values.</source>
        <translation>Ce client a été supprimé&#xa0;; l’historique des modifications conserve encore ses valeurs.</translation>
    </message>
    <message>
        <source>This file is not closed: its retention period has not started. Purge only if the law requires the erasure (a person&apos;s request under privacy law, say).</source>
        <translation>Ce dossier n’est pas fermé&#xa0;: sa période de conservation n’a pas commencé. Ne purgez que si la loi exige l’effacement (par exemple la demande d’une personne en vertu des lois sur la protection des renseignements personnels).</translation>
    </message>
    <message>
        <source>This file must be kept until %1 (closed on %2). Purge only if the law requires the erasure.</source>
        <translation>Ce dossier doit être conservé jusqu’au %1 (fermé le %2). Ne purgez que si la loi exige l’effacement.</translation>
    </message>
    <message>
        <source>The file was closed on %1; its retention period has run out.</source>
        <translation>Le dossier a été fermé le %1&#xa0;; sa période de conservation est écoulée.</translation>
    </message>
    <message>
        <source>The change history keeps only that the client was purged, when and by whom. Backups taken before now still hold the client until they are thinned out.</source>
        <translation>L’historique des modifications ne garde que le fait que le client a été purgé, quand et par qui. Les sauvegardes prises avant maintenant contiennent encore le client jusqu’à leur élagage.</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Purger</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Fermé le</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservé jusqu’au</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Client %1 (deleted)</source>
        <translation>Client %1 (supprimé)</translation>
    </message>
    <message>
        <source>Files Past Retention</source>
        <translation>Dossiers à conservation échue</translation>
    </message>
    <message>
        <source>Closed files past retention</source>
        <translation>Dossiers fermés à conservation échue</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>&amp;Purger…</translation>
    </message>
    <message>
        <source>Deleted clients</source>
        <translation>Clients supprimés</translation>
    </message>
    <message>
        <source>P&amp;urge Deleted Client…</source>
        <translation>Purger le client &amp;supprimé…</translation>
    </message>
    <message>
        <source>%1 closed files are past the retention period (%2 years from closing, File ▸ Settings). Law societies require a closed file to be kept for a period and then destroyed.</source>
        <translation>Dossiers fermés dont la période de conservation est dépassée&#xa0;: %1 (%2&#xa0;ans après la fermeture, Fichier ▸ Paramètres). Les ordres professionnels exigent qu’un dossier fermé soit conservé pendant une période, puis détruit.</translation>
    </message>
    <message>
        <source>%1 deleted clients: the change history still keeps their values (so a deletion can be undone). Purge them to erase those.</source>
        <translation>Clients supprimés dont l’historique des modifications conserve encore les valeurs (pour qu’une suppression puisse être annulée)&#xa0;: %1. Purgez-les pour effacer ces valeurs.</translation>
    </message>
</context>
<context>
    <name>RetentionCommands</name>
    <message>
        <source>File closed.</source>
        <translation>Dossier fermé.</translation>
    </message>
    <message>
        <source>File reopened.</source>
        <translation>Dossier rouvert.</translation>
    </message>
    <message>
        <source>Client purged: %1 history entries erased.</source>
        <translation>Client purgé&#xa0;: %1&#xa0;entrées d’historique effacées.</translation>
    </message>
    <message>
        <source>Purging the client and rewriting the caseload file…</source>
        <translation>Purge du client et réécriture du fichier des dossiers…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>U.S. status ends</source>
        <translation>fin du statut aux É.-U.</translation>
    </message>
    <message>
        <source>work permit (EAD) ends</source>
        <translation>fin du permis de travail (EAD)</translation>
    </message>
    <message>
        <source>parole program ends</source>
        <translation>fin du programme de libération conditionnelle</translation>
    </message>
    <message>
        <source>14 days after an irregular entry</source>
        <translation>14&#xa0;jours après une entrée irrégulière</translation>
    </message>
    <message>
        <source>one year after entry</source>
        <translation>un an après l’entrée</translation>
    </message>
    <message>
        <source>Express Entry invitation expires</source>
        <translation>expiration de l’invitation d’Entrée express</translation>
    </message>
    <message>
        <source>language test expires</source>
        <translation>expiration du test de langue</translation>
    </message>
    <message>
        <source>police certificate expires</source>
        <translation>expiration du certificat de police</translation>
    </message>
    <message>
        <source>medical exam expires</source>
        <translation>expiration de l’examen médical</translation>
    </message>
    <message>
        <source>passport expires</source>
        <translation>expiration du passeport</translation>
    </message>
    <message>
        <source>caseworker tasks</source>
        <translation>tâches de l’intervenant</translation>
    </message>
    <message>
        <source>Remind before: %1 (days)</source>
        <translation>Rappel avant&#xa0;: %1 (jours)</translation>
    </message>
    <message>
        <source>An ended U.S. status stops being overdue after (days)</source>
        <translation>Un statut aux É.-U. terminé cesse d’être en retard après (jours)</translation>
    </message>
    <message>
        <source>Put client names in exported calendar events (calendars often sync to the cloud)</source>
        <translation>Mettre le nom des clients dans les événements exportés (les calendriers se synchronisent souvent avec le nuage)</translation>
    </message>
    <message>
        <source>Organisation (letterhead)</source>
        <translation>Organisme (en-tête)</translation>
    </message>
    <message>
        <source>Address (letterhead)</source>
        <translation>Adresse (en-tête)</translation>
    </message>
    <message>
        <source>Phone (letterhead)</source>
        <translation>Téléphone (en-tête)</translation>
    </message>
    <message>
        <source>Email (letterhead)</source>
        <translation>Courriel (en-tête)</translation>
    </message>
    <message>
        <source>Caseworker&apos;s name (signature)</source>
        <translation>Nom de l’intervenant (signature)</translation>
    </message>
    <message>
        <source>Caseworker&apos;s title (signature)</source>
        <translation>Titre de l’intervenant (signature)</translation>
    </message>
    <message>
        <source>Logo image file (optional)</source>
        <translation>Fichier image du logo (facultatif)</translation>
    </message>
    <message>
        <source>Your name (change history)</source>
        <translation>Votre nom (historique des modifications)</translation>
    </message>
    <message>
        <source>Keep a closed file for (years), then it may be purged</source>
        <translation>Conserver un dossier fermé pendant (années), puis il peut être purgé</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>Langue (au prochain démarrage)</translation>
    </message>
    <message>
        <source>%1: whole numbers of days, separated by commas</source>
        <translation>%1&#xa0;: nombres entiers de jours, séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Me and the letterhead</source>
        <translation>&amp;Moi et l’en-tête</translation>
    </message>
    <message>
        <source>Your name goes into the change history of every client you touch and signs your letters; the letterhead is printed at the top of referral letters. Your name and title are yours, kept on this computer; everything else is shared by everyone working on this caseload.</source>
        <translation>Votre nom figure dans l’historique des modifications de chaque client que vous modifiez et signe vos lettres&#xa0;; l’en-tête est imprimé en haut des lettres d’orientation. Votre nom et votre titre vous appartiennent et sont gardés sur cet ordinateur&#xa0;; tout le reste est partagé par toutes les personnes qui travaillent sur ces dossiers.</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <source>How many days before each kind of deadline to be reminded (comma-separated, e.g. 90, 30, 7), used for calendar alarms.</source>
        <translation>Combien de jours avant chaque type d’échéance recevoir un rappel (séparés par des virgules, p. ex. 90, 30, 7), pour les alarmes du calendrier.</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>What leaves this computer, and how the caseload is protected on it.</source>
        <translation>Ce qui sort de cet ordinateur, et comment les dossiers y sont protégés.</translation>
    </message>
    <message>
        <source>&amp;Encryption…</source>
        <translation>&amp;Chiffrement…</translation>
    </message>
    <message>
        <source>Yours: kept on this computer, not shared with the caseload</source>
        <translation>À vous&#xa0;: gardé sur cet ordinateur, non partagé avec les dossiers</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the logo image</source>
        <translation>Choisir l’image du logo</translation>
    </message>
    <message>
        <source>Logo for the letterhead</source>
        <translation>Logo de l’en-tête</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Not an image that can be read</source>
        <translation>Image illisible</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze deadlines</source>
        <translation>Reporter des échéances</translation>
    </message>
    <message>
        <source>Hide the selected deadlines until this day. They come back on it.</source>
        <translation>Masquer les échéances sélectionnées jusqu’à ce jour. Elles réapparaîtront ce jour-là.</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Reporter jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Delete Client</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>Delete %1 Clients</source>
        <translation>Supprimer %1 clients</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the caseload</source>
        <translation>Déverrouiller les dossiers</translation>
    </message>
    <message>
        <source>The caseload on this computer is encrypted. Enter its passphrase to open it.</source>
        <translation>Les dossiers de cet ordinateur sont chiffrés. Entrez leur phrase de passe pour les ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>I have the &amp;recovery key instead</source>
        <translation>J’ai plutôt la clé de &amp;récupération</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer (in the system keyring)</source>
        <translation>Mé&amp;moriser sur cet ordinateur (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Anyone who can use your session on this computer can then open the caseload without the passphrase.</source>
        <translation>Quiconque peut utiliser votre session sur cet ordinateur pourra alors ouvrir les dossiers sans la phrase de passe.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Clé de ré&amp;cupération&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the passphrase, or the recovery key.</source>
        <translation>Entrez la phrase de passe ou la clé de récupération.</translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery key. Try again.</source>
        <translation>Phrase de passe ou clé de récupération erronée. Réessayez.</translation>
    </message>
</context>
<context>
    <name>Upcoming</name>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Rests on policy data not verified for more than %1 days (or never verified): %2. Verify before relying on it.</source>
        <translation>Repose sur des données de politique non vérifiées depuis plus de %1&#xa0;jours (ou jamais vérifiées)&#xa0;: %2. À vérifier avant de s’y fier.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Traitée le %1</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Reportée jusqu’au %1</translation>
    </message>
    <message>
        <source>Ended %1 days ago</source>
        <translation>Terminé il y a %1&#xa0;jours</translation>
    </message>
    <message>
        <source>The earliest end of the client&apos;s U.S. status</source>
        <translation>La plus proche fin du statut du client aux États-Unis</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance le %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>U.S. status ends</source>
        <translation>Fin du statut aux É.-U.</translation>
    </message>
    <message>
        <source>Work permit (EAD) ends</source>
        <translation>Fin du permis de travail (EAD)</translation>
    </message>
    <message>
        <source>Parole program ends</source>
        <translation>Fin du programme de libération conditionnelle</translation>
    </message>
    <message>
        <source>Claim window after crossing</source>
        <translation>Délai de demande après le passage</translation>
    </message>
    <message>
        <source>One-year claim bar</source>
        <translation>Interdiction d’un an</translation>
    </message>
    <message>
        <source>Express Entry invitation</source>
        <translation>Invitation d’Entrée express</translation>
    </message>
    <message>
        <source>Language test expires</source>
        <translation>Expiration du test de langue</translation>
    </message>
    <message>
        <source>Police certificate too old</source>
        <translation>Certificat de police trop ancien</translation>
    </message>
    <message>
        <source>Medical exam expires</source>
        <translation>Expiration de l’examen médical</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Expiration du passeport</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Overdue %1 days</source>
        <translation>En retard de %1&#xa0;jours</translation>
    </message>
    <message>
        <source>Overdue 1 day</source>
        <translation>En retard d’un jour</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation>Dans %1&#xa0;jours</translation>
    </message>
    <message>
        <source>Caveat: %1</source>
        <translation>Mise en garde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>This source is not confirmed: verify before relying on it.</source>
        <translation>Cette source n’est pas confirmée&#xa0;: à vérifier avant de s’y fier.</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd’hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Cette semaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next 30 days: %1</source>
        <translation>30 prochains jours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next 90 days: %1</source>
        <translation>90 prochains jours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status already ended: %1</source>
        <translation>Statut déjà terminé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UpcomingView</name>
    <message>
        <source>Show done and snoo&amp;zed</source>
        <translation>Afficher les traitées et les repo&amp;rtées</translation>
    </message>
    <message>
        <source>List the deadlines marked done or snoozed, to reopen them</source>
        <translation>Énumérer les échéances marquées comme traitées ou reportées, pour les rouvrir</translation>
    </message>
    <message>
        <source>Calenda&amp;r</source>
        <translation>Calen&amp;drier</translation>
    </message>
    <message>
        <source>Show a month of due dates; click a day to list what is due then</source>
        <translation>Afficher un mois d’échéances&#xa0;; cliquez sur un jour pour voir ce qui arrive à échéance</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Tout affi&amp;cher</translation>
    </message>
    <message>
        <source>Kind of deadline</source>
        <translation>Type d’échéance</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toute étiquette</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Upcoming deadlines</source>
        <translation>Échéances à venir</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;traitée</translation>
    </message>
    <message>
        <source>Record the selected deadlines as handled</source>
        <translation>Consigner les échéances sélectionnées comme traitées</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <source>Hide the selected deadlines until a later day</source>
        <translation>Masquer les échéances sélectionnées jusqu’à un jour ultérieur</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Put the selected deadlines back among the open ones</source>
        <translation>Remettre les échéances sélectionnées parmi les échéances ouvertes</translation>
    </message>
    <message>
        <source>Mark &amp;all reviewed</source>
        <translation>Tout marquer comme e&amp;xaminé</translation>
    </message>
    <message>
        <source>Record every status listed here as reviewed: the client&apos;s record keeps that the status ended</source>
        <translation>Consigner chaque statut énuméré ici comme examiné&#xa0;: le dossier du client garde la trace de la fin du statut</translation>
    </message>
    <message>
        <source>Done or snoozed: %1</source>
        <translation>Traitées ou reportées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>Échéance le %1</translation>
    </message>
    <message>
        <source>Deadlines shown: %1</source>
        <translation>Échéances affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deadlines in this list: %1</source>
        <translation>Échéances dans cette liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mark Deadlines Done</source>
        <translation>Marquer les échéances comme traitées</translation>
    </message>
    <message>
        <source>Deadlines marked done: %1 (Undo: Ctrl+Z)</source>
        <translation>Échéances marquées comme traitées&#xa0;: %1 (Annuler&#xa0;: Ctrl+Z)</translation>
    </message>
    <message>
        <source>Deadlines snoozed until %1: %2</source>
        <translation>Échéances reportées jusqu’au %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reopen Deadlines</source>
        <translation>Rouvrir les échéances</translation>
    </message>
    <message>
        <source>Deadlines reopened: %1 (Undo: Ctrl+Z)</source>
        <translation>Échéances rouvertes&#xa0;: %1 (Annuler&#xa0;: Ctrl+Z)</translation>
    </message>
    <message>
        <source>Could not undo or redo this</source>
        <translation>Impossible d’annuler ou de rétablir cette action</translation>
    </message>
    <message>
        <source>Ended statuses marked reviewed: %1</source>
        <translation>Statuts terminés marqués comme examinés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Marking ended statuses reviewed: %1 of %2</source>
        <translation>Marquage des statuts terminés comme examinés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing has been marked done or snoozed (with these filters).</source>
        <translation>Rien n’a été marqué comme traité ou reporté (avec ces filtres).</translation>
    </message>
    <message>
        <source>Nothing is due on this day.</source>
        <translation>Aucune échéance ce jour-là.</translation>
    </message>
    <message>
        <source>No open deadline in this list matches the kind and tag chosen.</source>
        <translation>Aucune échéance ouverte de cette liste ne correspond au type et à l’étiquette choisis.</translation>
    </message>
    <message>
        <source>No open deadline in this list.

Deadlines come from the clients&apos; facts (the end of a U.S. status, a work permit, a test result…): they appear here once recorded.</source>
        <translation>Aucune échéance ouverte dans cette liste.

Les échéances viennent des faits des clients (la fin d’un statut américain, un permis de travail, un résultat de test…)&#xa0;: elles apparaissent ici une fois consignées.</translation>
    </message>
    <message>
        <source>Overdue %1 days</source>
        <translation>En retard de %1&#xa0;jours</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>Marquer comme e&amp;xaminé</translation>
    </message>
</context>
</TS>
