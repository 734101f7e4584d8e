"""Outlook's contact-export columns in English, German, French, Spanish, Italian and Portuguese.

Outlook writes the same 92 columns in every language: a fixed block (names,
addresses, phones) in one order, then the rest sorted by their translated name.
``CANONICAL`` turns each language's name into the English one the reader uses;
French writes "Titre" twice (courtesy title, then job title), which ``canonical``
tells apart by position. Columns the reader does not use are listed by the name
the file gives them, so they need no translation here.
"""

from __future__ import annotations

from collections.abc import Sequence

from journal.services.text import fold

# English name -> the names Outlook writes in de, fr, es, it, pt (and Outlook.com / Gmail variants).
_NAMES: dict[str, tuple[str, ...]] = {
    "Title": ("Anrede", "Titre", "Tratamiento", "Titolo", "Título"),
    "First Name": ("Vorname", "Prénom", "Nombre", "Nome", "Primeiro nome"),
    "Middle Name": (
        "Weitere Vornamen",
        "Deuxième prénom",
        "Segundo nombre",
        "Secondo nome",
        "Outros nomes/apelidos",
    ),
    "Last Name": ("Nachname", "Nom", "Apellidos", "Cognome", "Apelido"),
    "Suffix": ("Suffixe", "Sufijo", "Titolo straniero", "Sufixo"),
    "Nickname": ("Spitzname", "Surnom", "Alias", "Soprannome", "Alcunha"),
    "Company": ("Firma", "Société", "Organización", "Compañía", "Società", "Empresa"),
    "Department": ("Abteilung", "Service", "Departamento", "Reparto"),
    "Job Title": ("Position", "Titre", "Puesto", "Cargo", "Posizione"),
    "Business Street": (
        "Straße geschäftlich",
        "Rue (bureau)",
        "Calle del trabajo",
        "Via (uff.)",
        "Rua da empresa",
    ),
    "Business City": (
        "Ort geschäftlich",
        "Ville (bureau)",
        "Ciudad de trabajo",
        "Città (uff.)",
        "Localidade da empresa",
    ),
    "Business State": (
        "Region geschäftlich",
        "Dép/Région (bureau)",
        "Provincia o estado de trabajo",
        "Provincia (uff.)",
        "Distrito da empresa",
    ),
    "Business Postal Code": (
        "Postleitzahl geschäftlich",
        "Code postal (bureau)",
        "Código postal del trabajo",
        "CAP (uff.)",
        "Código postal da empresa",
    ),
    "Business Country/Region": (
        "Land/Region geschäftlich",
        "Pays/Région (bureau)",
        "País o región del trabajo",
        "Paese (uff.)",
        "País/Região da Empresa",
        "Business Country",
    ),
    "Home Street": (
        "Straße privat",
        "Rue (domicile)",
        "Calle del domicilio",
        "Via (ab.)",
        "Rua da residência",
    ),
    "Home Street 2": (
        "Straße privat 2",
        "Rue (domicile) 2",
        "Calle del domicilio 2",
        "Via (ab.) 2",
        "Rua da residência (2)",
    ),
    "Home Street 3": (
        "Straße privat 3",
        "Rue (domicile) 3",
        "Calle del domicilio 3",
        "Via (ab.) 3",
        "Rua da residência (3)",
    ),
    "Home City": (
        "Ort privat",
        "Ville (domicile)",
        "Ciudad de residencia",
        "Città (ab.)",
        "Localidade da residência",
    ),
    "Home State": (
        "Bundesland/Kanton privat",
        "Dép/Région (domicile)",
        "Provincia o estado de residencia",
        "Provincia (ab.)",
        "Distrito da residência",
    ),
    "Home Postal Code": (
        "Postleitzahl privat",
        "Code postal (domicile)",
        "Código postal de residencia",
        "CAP (ab.)",
        "Código postal da residência",
    ),
    "Home Country/Region": (
        "Land/Region privat",
        "Pays/Région (domicile)",
        "País o región del domicilio",
        "Paese (ab.)",
        "País da Residência/Região",
        "Home Country",
    ),
    "Other Street": ("Weitere Straße", "Rue (autre)", "Otra calle", "Altra via", "Rua do outro endereço"),
    "Other City": (
        "Weiterer Ort",
        "Ville (autre)",
        "Otra ciudad",
        "Altra città",
        "Localidade do outro endereço",
    ),
    "Other State": (
        "Weiteres/r Bundesland/Kanton",
        "Dép/Région (autre)",
        "Otra provincia o estado",
        "Altra provincia",
        "Distrito do outro endereço",
    ),
    "Other Postal Code": (
        "Weitere Postleitzahl",
        "Code postal (autre)",
        "Otro código postal",
        "Altro CAP",
        "Código postal do outro endereço",
    ),
    "Other Country/Region": (
        "Weiteres/e Land/Region",
        "Pays/Région (autre)",
        "Otro país o región",
        "Altro paese",
        "Outro País/Região",
        "Other Country",
    ),
    "Business Address PO Box": (
        "Postfach geschäftlich",
        "B.P. professionnelle",
        "Apartado postal de la dirección del trabajo",
        "Indirizzo (uff.) - Casella postale",
        "Apartado da empresa",
    ),
    "Home Address PO Box": (
        "Postfach privat",
        "Boîte postale du domicile",
        "Apartado postal de la dirección personal",
        "Indirizzo (ab.) - Casella postale",
        "Apartado da residência",
    ),
    "Other Address PO Box": (
        "Weiteres Postfach",
        "Autre boîte postale",
        "Otro apartado postal",
        "Altro indirizzo - Casella postale",
        "Apartado do outro endereço",
    ),
    "Assistant's Phone": (
        "Telefon Assistent",
        "Téléphone de l'assistant(e)",
        "Teléfono del ayudante",
        "Telefono assistente",
        "Telefone do assistente",
    ),
    "Business Fax": (
        "Fax geschäftlich",
        "Télécopie (bureau)",
        "Fax del trabajo",
        "Fax (uff.)",
        "Fax da empresa",
    ),
    "Business Phone": (
        "Telefon geschäftlich",
        "Téléphone (bureau)",
        "Teléfono del trabajo",
        "Ufficio",
        "Telefone da empresa",
    ),
    "Business Phone 2": (
        "Telefon geschäftlich 2",
        "Téléphone 2 (bureau)",
        "Teléfono del trabajo 2",
        "Ufficio 2",
        "2º telefone da empresa",
    ),
    "Callback": (
        "Rückmeldung",
        "Rappel",
        "Devolución de llamada",
        "Richiamata automatica",
        "Tel. de resposta",
    ),
    "Car Phone": (
        "Autotelefon",
        "Téléphone (voiture)",
        "Teléfono del automóvil",
        "Telefono auto",
        "Telefone do carro",
    ),
    "Company Main Phone": (
        "Telefon Firma",
        "Téléphone société",
        "Número de centralita de la organización",
        "Telefono principale società",
        "Telefone principal da empresa",
    ),
    "Home Fax": ("Fax privat", "Télécopie (domicile)", "Fax particular", "Fax (ab.)", "Fax da residência"),
    "Home Phone": (
        "Telefon privat",
        "Téléphone (domicile)",
        "Particular",
        "Abitazione",
        "Telefone da residência",
    ),
    "Home Phone 2": (
        "Telefon privat 2",
        "Téléphone 2 (domicile)",
        "Teléfono particular 2",
        "Abitazione 2",
        "2º telefone da residência",
    ),
    "ISDN": ("RNIS", "RDSI", "RDIS"),
    "Mobile Phone": ("Mobiltelefon", "Tél. mobile", "Móvil", "Teléfono móvil", "Cellulare", "Telemóvel"),
    "Mobile Phone 2": ("Mobiltelefon 2",),
    "Other Fax": ("Weiteres Fax", "Télécopie (autre)", "Otro fax", "Altro fax", "Outro fax"),
    "Other Phone": (
        "Weiteres Telefon",
        "Téléphone (autre)",
        "Otro teléfono",
        "Altro telefono",
        "Outro telefone",
    ),
    "Pager": ("Récepteur de radiomessagerie", "Localizador", "Cercapersone"),
    "Primary Phone": (
        "Haupttelefon",
        "Téléphone principal",
        "Teléfono principal",
        "Telefono principale",
        "Telefone principal",
    ),
    "Radio Phone": ("Radio téléphone", "Radioteléfono", "Radiotelefono", "Radiotelefone"),
    "TTY/TDD Phone": (
        "Telefon für Hörbehinderte",
        "Téléphone TDD/TTY",
        "Número de teletipo",
        "Telefono TTY/TDD",
        "Telefone TTY/TDD",
    ),
    "E-mail Address": (
        "E-Mail-Adresse",
        "Adresse de messagerie",
        "Dirección de correo electrónico",
        "Indirizzo posta elettronica",
        "Endereço de correio electrónico",
    ),
    "E-mail Type": (
        "E-Mail-Typ",
        "Type de messagerie",
        "Tipo de correo electrónico",
        "Tipo posta elettronica",
        "Tipo de correio electrónico",
    ),
    "E-mail Display Name": (
        "E-Mail: Angezeigter Name",
        "Nom complet de l'adresse de messagerie",
        "Nombre de pantalla de correo electrónico",
        "Nome visualizzato posta elettronica",
        "Nome a apresentar para o correio electrónico",
    ),
    "E-mail 2 Address": (
        "E-Mail 2: Adresse",
        "Adresse de messagerie 2",
        "Dirección de correo electrónico 2",
        "Indirizzo posta elettronica 2",
        "Endereço do correio electrónico 2",
    ),
    "E-mail 2 Type": (
        "E-Mail 2: Typ",
        "Type de messagerie 2",
        "Tipo de correo electrónico 2",
        "Tipo posta elettronica 2",
        "Tipo de correio electrónico 2",
    ),
    "E-mail 2 Display Name": (
        "E-Mail 2: Angezeigter Name",
        "Nom complet de l'adresse de messagerie 2",
        "Nombre de pantalla de correo electrónico 2",
        "Nome visualizzato posta elettronica 2",
        "Nome a apresentar para o correio electrónico 2",
    ),
    "E-mail 3 Address": (
        "E-Mail 3: Adresse",
        "Adresse de messagerie 3",
        "Dirección del correo electrónico 3",
        "Dirección de correo electrónico 3",
        "Indirizzo posta elettronica 3",
        "Endereço do correio electrónico 3",
    ),
    "E-mail 3 Type": (
        "E-Mail 3: Typ",
        "Type de messagerie 3",
        "Tipo de correo electrónico 3",
        "Tipo posta elettronica 3",
        "Tipo de correio electrónico 3",
    ),
    "E-mail 3 Display Name": (
        "E-Mail 3: Angezeigter Name",
        "Nom complet de l'adresse de messagerie 3",
        "Nombre de pantalla de correo electrónico 3",
        "Nome visualizzato posta elettronica 3",
        "Nome a apresentar para o correio electrónico 3",
    ),
    "Anniversary": (
        "Jahrestag",
        "Anniversaire de mariage ou fête",
        "Aniversario",
        "Anniversario",
        "Aniversário",
    ),
    "Assistant's Name": (
        "Name Assistent",
        "Nom de l'assistant(e)",
        "Nombre del ayudante",
        "Nome assistente",
        "Nome do assistente",
    ),
    "Birthday": ("Geburtstag", "Anniversaire", "Cumpleaños", "Compleanno", "Data de nascimento"),
    "Categories": ("Kategorien", "Catégories", "Categorías", "Categorie", "Categorias"),
    "Children": ("Kinder", "Enfants", "Hijos", "Figli", "Filhos"),
    "Manager's Name": (
        "Name des/der Vorgesetzten",
        "Responsable",
        "Nombre del director",
        "Nome manager",
        "Nome do gestor",
    ),
    "Notes": ("Notizen", "Notas", "Note"),
    "Spouse": ("Partner", "Conjoint(e)", "Cónyuge", "Nome coniuge", "Cônjuge"),
    "Web Page": ("Webseite", "Page Web", "Página web", "Pagina Web", "Página na Web"),
    "Personal Web Page": (),
    "Referred By": ("Empfohlen von", "Recommandé par", "Remitido por", "Presentato da", "Referido por"),
    "Profession": ("Beruf", "Profesión", "Professione", "Profissão"),
    "Office Location": ("Büro", "Bureau", "Ubicación de la oficina", "Ubicazione ufficio", "Gabinete"),
    "IMAddress": ("IM-Adresse", "Adresse de messagerie instantanée", "Dirección de mensajería instantánea"),
    # read so that they are not listed as lost: they only repeat other columns or say "no value"
    "Initials": ("Initialen", "Initiales", "Iniciales", "Iniziali", "Iniciais"),
    "Gender": ("Geschlecht", "Sexe", "Género", "Sesso", "Sexo"),
    "Priority": ("Priorität", "Priorité", "Prioridad", "Priorità", "Prioridade"),
    "Sensitivity": (
        "Vertraulichkeit",
        "Critère de diffusion",
        "Confidencialidad",
        "Riservatezza",
        "Confidencialidade",
    ),
    "Private": ("Privat", "Privé", "Privado", "Privato"),
}
# Columns Outlook writes under their English name in every language (a whole address repeating its
# parts, the Japanese readings): known by that name, and quiet.
_UNTRANSLATED = (
    "Home Address",
    "Business Address",
    "Other Address",
    "Given Yomi",
    "Surname Yomi",
    "Company Yomi",
)
#: Columns Outlook fills with a value that means nothing ("Normal", "Unspecified", "False").
QUIET = {
    "Initials",
    "Gender",
    "Priority",
    "Sensitivity",
    "Private",
    "E-mail Type",
    "E-mail 2 Type",
    "E-mail 3 Type",
    "E-mail Display Name",
    "E-mail 2 Display Name",
    "E-mail 3 Display Name",
    *_UNTRANSLATED,
}
# The second and third street and the four user fields are the name, a space and the number in
# every language (Home Street's Portuguese puts the number in brackets: it is listed above).
for _base in ("Business Street", "Other Street"):
    for _n in (2, 3):
        _NAMES[f"{_base} {_n}"] = tuple(f"{name} {_n}" for name in _NAMES[_base])
for _n in range(1, 5):
    _NAMES[f"User {_n}"] = tuple(
        f"{word} {_n}" for word in ("Benutzer", "Utilisateur", "Usuario", "Utente", "Utilizador")
    )
_BY_FOLDED: dict[str, list[str]] = {}
for _key, _names in _NAMES.items():
    for _name in (_key, *_names):
        _BY_FOLDED.setdefault(fold(_name), []).append(_key)
for _variant in _UNTRANSLATED:
    _BY_FOLDED.setdefault(fold(_variant), []).append(_variant)
_ANCHORS = {
    "First Name",
    "Last Name",
    "E-mail Address",
    "Company",
    "Job Title",
    "Business Phone",
    "Mobile Phone",
}


def canonical(header: Sequence[str]) -> list[str]:
    """The English name of each column ("" for one Outlook does not write); repeated names in order."""
    used: dict[str, int] = {}
    out: list[str] = []
    for name in header:
        keys = _BY_FOLDED.get(fold(name), [])
        nth = used.get(fold(name), 0)
        used[fold(name)] = nth + 1
        out.append(keys[nth] if nth < len(keys) else (keys[0] if keys and nth == 0 else ""))
    return out


def is_outlook(header: Sequence[str]) -> bool:
    """True when the header is Outlook's, in any of the languages it knows."""
    keys = set(canonical(header))
    email = "E-mail Address" in keys
    names = {"First Name", "Last Name"} <= keys
    return email and (names or len(keys & _ANCHORS) >= 4) and len(keys - {""}) >= 8
