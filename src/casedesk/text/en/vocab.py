"""Vocabulary codes (relations, statuses, countries, ...) in words."""

VOCAB: dict[str, dict[str, str]] = {}


# -- deadlines: countries (ISO 3166 codes), U.S. status kinds, entry modes, policy confidence ------------------
VOCAB["country"] = {
    "AF": "Afghanistan", "AR": "Argentina", "BD": "Bangladesh", "BF": "Burkina Faso", "BI": "Burundi",
    "BJ": "Benin", "BO": "Bolivia", "BR": "Brazil", "BY": "Belarus", "CA": "Canada",
    "CD": "Democratic Republic of the Congo", "CF": "Central African Republic", "CG": "Congo",
    "CI": "Côte d'Ivoire", "CL": "Chile", "CM": "Cameroon", "CN": "China", "CO": "Colombia",
    "CR": "Costa Rica", "CU": "Cuba", "DE": "Germany", "DO": "Dominican Republic", "DZ": "Algeria",
    "EC": "Ecuador", "EG": "Egypt", "ER": "Eritrea", "ES": "Spain", "ET": "Ethiopia", "FR": "France",
    "GB": "United Kingdom", "GH": "Ghana", "GN": "Guinea", "GT": "Guatemala", "HN": "Honduras", "HT": "Haiti",
    "IN": "India", "IQ": "Iraq", "IR": "Iran", "IT": "Italy", "JM": "Jamaica", "JP": "Japan", "KE": "Kenya",
    "KH": "Cambodia", "KR": "South Korea", "LA": "Laos", "LB": "Lebanon", "LK": "Sri Lanka", "MA": "Morocco",
    "ML": "Mali", "MM": "Burma (Myanmar)", "MX": "Mexico", "NE": "Niger", "NG": "Nigeria", "NI": "Nicaragua",
    "NP": "Nepal", "PA": "Panama", "PE": "Peru", "PH": "Philippines", "PK": "Pakistan", "PT": "Portugal",
    "PY": "Paraguay", "RU": "Russia", "RW": "Rwanda", "SD": "Sudan", "SN": "Senegal", "SO": "Somalia",
    "SS": "South Sudan", "SV": "El Salvador", "SY": "Syria", "TD": "Chad", "TG": "Togo", "TH": "Thailand",
    "TN": "Tunisia", "TR": "Türkiye", "UA": "Ukraine", "UG": "Uganda", "US": "United States", "UY": "Uruguay",
    "VE": "Venezuela", "VN": "Viet Nam", "YE": "Yemen", "ZA": "South Africa",
}
VOCAB["us_status"] = {
    "parole": "parole", "tps": "TPS", "ead": "work permit (EAD)", "asylum_pending": "asylum-pending status",
    "visa": "U.S. visa status", "other": "U.S. status",
}
VOCAB["entry_mode"] = {
    "between_ports": "between ports of entry", "port_of_entry": "at a port of entry", "airport": "at an airport",
}
VOCAB["confidence"] = {
    "S": "official or primary source", "S3": "secondary source only", "R": "unconfirmed recollection",
    "?": "sources conflict or are missing",
}
