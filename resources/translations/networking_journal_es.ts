<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>About</name>
        <message>
            <source>&amp;About Networking Journal</source>
            <translation>&amp;Acerca de Networking Journal</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Acerca de &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Networking Journal</source>
            <translation>Acerca de Networking Journal</translation>
        </message>
        <message>
            <source>Networking Journal logo</source>
            <translation>Logotipo de Networking Journal</translation>
        </message>
        <message>
            <source>An offline journal for networking and sales with the same people. Your data stays on this computer.</source>
            <translation>Un diario sin conexión para el networking y las ventas con las mismas personas. Tus datos no salen de este ordenador.</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Versión:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Base de datos:</translation>
        </message>
        <message>
            <source>Backups:</source>
            <translation>Copias de seguridad:</translation>
        </message>
        <message>
            <source>Log files:</source>
            <translation>Archivos de registro:</translation>
        </message>
        <message>
            <source>Licence:</source>
            <translation>Licencia:</translation>
        </message>
        <message>
            <source>Built with:</source>
            <translation>Hecho con:</translation>
        </message>
        <message>
            <source>Open &amp;Log Folder</source>
            <translation>Abrir carpeta de &amp;registros</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Abrir carpeta de registros</translation>
        </message>
        <message>
            <source>Open &amp;Backup Folder</source>
            <translation>Abrir carpeta de &amp;copias</translation>
        </message>
        <message>
            <source>Open backup folder</source>
            <translation>Abrir carpeta de copias de seguridad</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>AddressesEditor</name>
        <message>
            <source>Postal addresses</source>
            <extracomment>Labelled fields typed as "label: value" lines, with the label of their row and its accessible text.</extracomment>
            <translation>Direcciones postales</translation>
        </message>
        <message>
            <source>Label (work, home…)</source>
            <translation>Etiqueta (trabajo, casa…)</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <source>Building, floor</source>
            <translation>Edificio, planta</translation>
        </message>
        <message>
            <source>PO box</source>
            <translation>Apartado de correos</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Region or state</source>
            <translation>Provincia o estado</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Add address</source>
            <translation>Añadir dirección</translation>
        </message>
        <message>
            <source>Add an address</source>
            <translation>Añadir una dirección</translation>
        </message>
        <message>
            <source>Remove address</source>
            <translation>Quitar dirección</translation>
        </message>
        <message>
            <source>Remove this address</source>
            <translation>Quitar esta dirección</translation>
        </message>
        <message>
            <source>(empty address)</source>
            <translation>(dirección vacía)</translation>
        </message>
    </context>
    <context>
        <name>AppearancePage</name>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Igual que el sistema</translation>
        </message>
        <message>
            <source>Colour scheme</source>
            <translation>Esquema de colores</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>A new language is used the next time you start Networking Journal.</source>
            <translation>El nuevo idioma se aplicará la próxima vez que abras Networking Journal.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation>&amp;Colores:</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
    </context>
    <context>
        <name>Ask</name>
        <message>
            <source>Discard this entry?</source>
            <translation>¿Descartar esta entrada?</translation>
        </message>
        <message>
            <source>What you typed is kept as a draft if you like: it comes back the next time you open this form.</source>
            <translation>Si quieres, lo que has escrito se guarda como borrador: vuelve la próxima vez que abras este formulario.</translation>
        </message>
        <message>
            <source>What you typed will be lost.</source>
            <translation>Se perderá lo que has escrito.</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Seguir editando</translation>
        </message>
        <message>
            <source>Keep as &amp;draft</source>
            <translation>Guardar como &amp;borrador</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Descartar</translation>
        </message>
    </context>
    <context>
        <name>CadenceDialog</name>
        <message>
            <source>Keep in touch with %1</source>
            <translation>Mantener el contacto con %1</translation>
        </message>
        <message>
            <source>No cadence of their own</source>
            <translation>Sin frecuencia propia</translation>
        </message>
        <message>
            <source>What counts as talking</source>
            <translation>Qué cuenta como hablar</translation>
        </message>
        <message>
            <source>Any interaction</source>
            <translation>Cualquier interacción</translation>
        </message>
        <message>
            <source>Networking interactions only</source>
            <translation>Solo interacciones de networking</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Cada</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>Qué cuenta</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Ca&amp;lendar</source>
            <translation>Ca&amp;lendario</translation>
        </message>
        <message>
            <source>▲ overdue   ● due   ✓ done — Enter on a day lists it; Tab moves to the lists.</source>
            <translation>▲ vencido   ● pendiente   ✓ hecho — Intro en un día lo muestra; Tab pasa a las listas.</translation>
        </message>
        <message>
            <source>Agenda for the selected day</source>
            <translation>Agenda del día seleccionado</translation>
        </message>
        <message>
            <source>Overdue follow-ups</source>
            <translation>Seguimientos vencidos</translation>
        </message>
        <message>
            <source>Nothing due this day.</source>
            <translation>No hay nada pendiente este día.</translation>
        </message>
        <message>
            <source>Nothing overdue. Well done!</source>
            <translation>Nada vencido. ¡Bien hecho!</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Marcar &amp;hecho</translation>
        </message>
        <message>
            <source>&amp;Reschedule…</source>
            <translation>&amp;Reprogramar…</translation>
        </message>
        <message>
            <source>Open &amp;contact</source>
            <translation>Abrir &amp;contacto</translation>
        </message>
        <message>
            <source>Mark the selected follow-up done</source>
            <translation>Marcar como hecho el seguimiento seleccionado</translation>
        </message>
        <message>
            <source>Snooze the selected follow-up</source>
            <translation>Posponer el seguimiento seleccionado</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <source>Snooze: 1 day (%1), 1 week (%2), pick a date and time (%3)</source>
            <translation>Posponer: 1 día (%1), 1 semana (%2), elegir fecha y hora (%3)</translation>
        </message>
        <message>
            <source>Reschedule the selected follow-up</source>
            <translation>Reprogramar el seguimiento seleccionado</translation>
        </message>
        <message>
            <source>Open the selected follow-up's contact</source>
            <translation>Abrir el contacto del seguimiento seleccionado</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Overdue (%n)</source>
            <translation>
                <numerusform>&amp;Vencidos (%n)</numerusform>
                <numerusform>&amp;Vencidos (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Agenda — %1</source>
            <translation>A&amp;genda — %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Cannot mark done</source>
            <translation>No se puede marcar como hecho</translation>
        </message>
        <message>
            <source>Cannot snooze</source>
            <translation>No se puede posponer</translation>
        </message>
        <message>
            <source>Cannot reschedule</source>
            <translation>No se puede reprogramar</translation>
        </message>
    </context>
    <context>
        <name>Capture</name>
        <message>
            <source>Write what happened and with whom, e.g. “coffee with @Ana, follow up in 2 weeks”.</source>
            <translation>Escribe qué pasó y con quién, p. ej. «café con @Ana, seguimiento en 2 semanas».</translation>
        </message>
        <message>
            <source>That is too long for a quick note (at most {max} characters): use Log interaction.</source>
            <translation>Es demasiado largo para una nota rápida (como máximo {max} caracteres): usa Registrar interacción.</translation>
        </message>
        <message>
            <source>Say who it was with: type @ and their name.</source>
            <translation>Di con quién fue: escribe @ y su nombre.</translation>
        </message>
        <message>
            <source>No contact is called “{name}”. Create a new contact?</source>
            <translation>Ningún contacto se llama «{name}». ¿Crear un contacto nuevo?</translation>
        </message>
        <message>
            <source>“{name}” could be several contacts: {candidates}. Which one?</source>
            <translation>«{name}» puede ser varios contactos: {candidates}. ¿Cuál de ellos?</translation>
        </message>
        <message>
            <source>“{text}” is not a date that can be read.</source>
            <translation>«{text}» no es una fecha que se pueda leer.</translation>
        </message>
        <message>
            <source>When is the follow-up? Add a date, e.g. “in 2 weeks” or “el viernes”.</source>
            <translation>¿Cuándo es el seguimiento? Añade una fecha, p. ej. «en 2 semanas» o «el viernes».</translation>
        </message>
        <message>
            <source>The follow-up date “{text}” has already passed.</source>
            <translation>La fecha del seguimiento «{text}» ya ha pasado.</translation>
        </message>
        <message>
            <source>{name} has no open deal called “{title}”.</source>
            <translation>{name} no tiene ninguna oportunidad abierta llamada «{title}».</translation>
        </message>
        <message>
            <source>Say either networking or sales, not both.</source>
            <translation>Indica networking o ventas, no las dos cosas.</translation>
        </message>
        <message>
            <source>Given or received value belongs to networking entries, but this one is sales.</source>
            <translation>El valor aportado o recibido corresponde a entradas de networking, pero esta es de ventas.</translation>
        </message>
        <message>
            <source>Objections belong to sales entries, but this one is networking.</source>
            <translation>Las objeciones corresponden a entradas de ventas, pero esta es de networking.</translation>
        </message>
        <message>
            <source>A deal belongs to a sales entry, but this one is networking.</source>
            <translation>Una oportunidad corresponde a una entrada de ventas, pero esta es de networking.</translation>
        </message>
        <message>
            <source>No contact is called “{name}”. Did you mean {candidates}? Otherwise, create a new contact.</source>
            <translation>Ningún contacto se llama «{name}». ¿Querías decir {candidates}? Si no, crea un contacto nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <source>%1 (table)</source>
            <translation>%1 (tabla)</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Aún no hay nada que mostrar.</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <source>Go to anything</source>
            <translation>Ir a cualquier sitio</translation>
        </message>
        <message>
            <source>What to open or do</source>
            <translation>Qué abrir o hacer</translation>
        </message>
        <message>
            <source>Type a name…</source>
            <translation>Escribe un nombre…</translation>
        </message>
        <message>
            <source>Type a name, a deal or a command…</source>
            <translation>Escribe un nombre, una oportunidad o una orden…</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>↑↓ to choose · Enter to open · Esc to close</source>
            <translation>↑↓ para elegir · Intro para abrir · Esc para cerrar</translation>
        </message>
        <message>
            <source>Nothing matches “{text}”.</source>
            <translation>Nada coincide con «{text}».</translation>
        </message>
        <message>
            <source>Type a few letters of a name.</source>
            <translation>Escribe unas letras de un nombre.</translation>
        </message>
    </context>
    <context>
        <name>ContactAbout</name>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>en %n día</numerusform>
                <numerusform>en %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Birthday: {day} · turns {age} {when}</source>
            <translation>Cumpleaños: {day} · cumple {age} {when}</translation>
        </message>
        <message>
            <source>Birthday: {day} · {when}</source>
            <translation>Cumpleaños: {day} · {when}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Ver todo</translation>
        </message>
        <message>
            <source>Show all the notes</source>
            <translation>Ver todas las notas</translation>
        </message>
        <message>
            <source>Show less</source>
            <translation>Ver menos</translation>
        </message>
    </context>
    <context>
        <name>ContactDetailsEditor</name>
        <message>
            <source>Name prefix</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Dr.</source>
            <translation>Dra.</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Segundo nombre</translation>
        </message>
        <message>
            <source>Name suffix</source>
            <translation>Sufijo del nombre</translation>
        </message>
        <message>
            <source>Jr.</source>
            <translation>hijo</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>How the name is read</source>
            <translation>Cómo se lee el nombre</translation>
        </message>
        <message>
            <source>first name; last name</source>
            <translation>nombre; apellidos</translation>
        </message>
        <message>
            <source>Nicknames, separated by commas</source>
            <translation>Apodos, separados por comas</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>decision maker</source>
            <translation>decide la compra</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Sales; Iberia (levels separated by ;)</source>
            <translation>Ventas; Iberia (niveles separados por ;)</translation>
        </message>
        <message>
            <source>one per line, as “label: value”</source>
            <translation>uno por línea, como «etiqueta: valor»</translation>
        </message>
        <message>
            <source>More web sites, {hint}</source>
            <translation>Más sitios web, {hint}</translation>
        </message>
        <message>
            <source>Instant messaging, {hint}</source>
            <translation>Mensajería instantánea, {hint}</translation>
        </message>
        <message>
            <source>Social profiles, {hint}</source>
            <translation>Perfiles sociales, {hint}</translation>
        </message>
        <message>
            <source>Anniversaries and other dates, {hint}</source>
            <translation>Aniversarios y otras fechas, {hint}</translation>
        </message>
        <message>
            <source>Related people, {hint}</source>
            <translation>Personas relacionadas, {hint}</translation>
        </message>
        <message>
            <source>Other fields, {hint}</source>
            <translation>Otros campos, {hint}</translation>
        </message>
        <message>
            <source>Name in other languages, {hint}</source>
            <translation>Nombre en otros idiomas, {hint}</translation>
        </message>
        <message>
            <source>anniversary: 2015-06-20</source>
            <translation>aniversario: 2015-06-20</translation>
        </message>
        <message>
            <source>spouse: Ana Ruiz</source>
            <translation>cónyuge: Ana Ruiz</translation>
        </message>
        <message>
            <source>skype: ana.ruiz</source>
            <translation>skype: ana.ruiz</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Destacado</translation>
        </message>
        <message>
            <source>Starred contact</source>
            <translation>Contacto destacado</translation>
        </message>
        <message>
            <source>P&amp;hoto</source>
            <translation>&amp;Foto</translation>
        </message>
        <message>
            <source>Prefix</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Suffix</source>
            <translation>Sufijo</translation>
        </message>
        <message>
            <source>Nicknames</source>
            <translation>Apodos</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <source>Other languages</source>
            <translation>Otros idiomas</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Direcciones</translation>
        </message>
        <message>
            <source>More web sites</source>
            <translation>Más sitios web</translation>
        </message>
        <message>
            <source>Messaging</source>
            <translation>Mensajería</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Redes sociales</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Related people</source>
            <translation>Personas relacionadas</translation>
        </message>
        <message>
            <source>Other fields</source>
            <translation>Otros campos</translation>
        </message>
        <message>
            <source>Star</source>
            <translation>Destacado</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>New contact</source>
            <translation>Nuevo contacto</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Email addresses, one per line</source>
            <translation>Direcciones de correo, una por línea</translation>
        </message>
        <message>
            <source>Phone numbers, one per line</source>
            <translation>Números de teléfono, uno por línea</translation>
        </message>
        <message>
            <source>Tags, separated by commas</source>
            <translation>Etiquetas, separadas por comas</translation>
        </message>
        <message>
            <source>mentor, madrid</source>
            <translation>mentor, madrid</translation>
        </message>
        <message>
            <source>LinkedIn profile address</source>
            <translation>Dirección del perfil de LinkedIn</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Cumpleaños</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, or --MM-DD without a year</source>
            <translation>AAAA-MM-DD, o --MM-DD sin año</translation>
        </message>
        <message>
            <source>How we met</source>
            <translation>Cómo nos conocimos</translation>
        </message>
        <message>
            <source>Met on</source>
            <translation>Nos conocimos el</translation>
        </message>
        <message>
            <source>The day we met is known</source>
            <translation>Se sabe el día en que nos conocimos</translation>
        </message>
        <message>
            <source>Day we met</source>
            <translation>Día en que nos conocimos</translation>
        </message>
        <message>
            <source>Introduced by</source>
            <translation>Presentado por</translation>
        </message>
        <message>
            <source>Keep in touch every (days)</source>
            <translation>Mantener el contacto cada (días)</translation>
        </message>
        <message>
            <source>No cadence</source>
            <translation>Sin frecuencia</translation>
        </message>
        <message>
            <source>More details</source>
            <translation>Más datos</translation>
        </message>
        <message>
            <source>Show photo, addresses, dates and more</source>
            <translation>Mostrar foto, direcciones, fechas y más</translation>
        </message>
        <message>
            <source>More details ({count})</source>
            <translation>Más datos ({count})</translation>
        </message>
        <message>
            <source>Add {name}?</source>
            <translation>¿Añadir a {name}?</translation>
        </message>
        <message>
            <source>No contact is called “{name}”. Add them as a new contact, who introduced you?</source>
            <translation>Ningún contacto se llama «{name}». ¿Lo añado como contacto nuevo, como quien os presentó?</translation>
        </message>
        <message>
            <source>Choose someone from the list, or clear “Introduced by”.</source>
            <translation>Elige a alguien de la lista o deja vacío «Presentado por».</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>What resets the keep-in-touch timer</source>
            <translation>Qué reinicia el contador de mantener el contacto</translation>
        </message>
        <message>
            <source>any interaction resets it</source>
            <translation>cualquier interacción lo reinicia</translation>
        </message>
        <message>
            <source>only networking resets it</source>
            <translation>solo el networking lo reinicia</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Edit contact — {name}</source>
            <translation>Editar contacto — {name}</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Organization</source>
            <translation>&amp;Organización</translation>
        </message>
        <message>
            <source>Job &amp;title</source>
            <translation>&amp;Cargo</translation>
        </message>
        <message>
            <source>&amp;Emails</source>
            <translation>Co&amp;rreos</translation>
        </message>
        <message>
            <source>&amp;Phones</source>
            <translation>Telé&amp;fonos</translation>
        </message>
        <message>
            <source>Ta&amp;gs</source>
            <translation>Eti&amp;quetas</translation>
        </message>
        <message>
            <source>&amp;LinkedIn</source>
            <translation>&amp;LinkedIn</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>Sitio &amp;web</translation>
        </message>
        <message>
            <source>Locatio&amp;n</source>
            <translation>&amp;Ubicación</translation>
        </message>
        <message>
            <source>&amp;Birthday</source>
            <translation>Cumpl&amp;eaños</translation>
        </message>
        <message>
            <source>&amp;How we met</source>
            <translation>Cómo no&amp;s conocimos</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Nos conocimos</translation>
        </message>
        <message>
            <source>&amp;Introduced by</source>
            <translation>&amp;Presentado por</translation>
        </message>
        <message>
            <source>&amp;Keep in touch</source>
            <translation>&amp;Mantener contacto</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tas</translation>
        </message>
    </context>
    <context>
        <name>ContactEditing</name>
        <message>
            <source>Export this contact into…</source>
            <translation>Exportar este contacto en…</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>No se pudo exportar</translation>
        </message>
        <message>
            <source>Contact exported</source>
            <translation>Contacto exportado</translation>
        </message>
        <message>
            <source>Written:
{files}</source>
            <translation>Archivos creados:
{files}</translation>
        </message>
        <message>
            <source>Delete permanently</source>
            <translation>Eliminar para siempre</translation>
        </message>
        <message>
            <source>The backups are still being cleaned.</source>
            <translation>Todavía se están limpiando las copias de seguridad.</translation>
        </message>
        <message>
            <source>Cannot delete</source>
            <translation>No se puede eliminar</translation>
        </message>
    </context>
    <context>
        <name>ContactFilterBar</name>
        <message>
            <source>Search contacts</source>
            <translation>Buscar contactos</translation>
        </message>
        <message>
            <source>Search contacts…</source>
            <translation>Buscar contactos…</translation>
        </message>
        <message>
            <source>Searches names, organizations, emails, phones, tags and notes</source>
            <translation>Busca en nombres, organizaciones, correos, teléfonos, etiquetas y notas</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>Filtrar por etiqueta</translation>
        </message>
        <message>
            <source>Only contacts with this tag</source>
            <translation>Solo contactos con esta etiqueta</translation>
        </message>
        <message>
            <source>Filter by kind of relationship</source>
            <translation>Filtrar por tipo de relación</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Networking and sales</source>
            <translation>Networking y ventas</translation>
        </message>
        <message>
            <source>Sort contacts by</source>
            <translation>Ordenar contactos por</translation>
        </message>
        <message>
            <source>Sort by name</source>
            <translation>Por nombre</translation>
        </message>
        <message>
            <source>Sort by last interaction</source>
            <translation>Por última interacción</translation>
        </message>
        <message>
            <source>Sort by next follow-up</source>
            <translation>Por próximo seguimiento</translation>
        </message>
        <message>
            <source>Due to reconnect</source>
            <translation>Toca reconectar</translation>
        </message>
        <message>
            <source>Only contacts overdue to reconnect</source>
            <translation>Solo contactos con los que toca retomar el contacto</translation>
        </message>
        <message>
            <source>Open deal</source>
            <translation>Oportunidad abierta</translation>
        </message>
        <message>
            <source>Only contacts with an open deal</source>
            <translation>Solo contactos con una oportunidad abierta</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Todas las etiquetas</translation>
        </message>
    </context>
    <context>
        <name>ContactHeader</name>
        <message>
            <source>Never talked yet</source>
            <translation>Aún no habéis hablado</translation>
        </message>
        <message>
            <source>Last talked today</source>
            <translation>Hablasteis por última vez hoy</translation>
        </message>
        <message>
            <source>Last talked yesterday</source>
            <translation>Hablasteis por última vez ayer</translation>
        </message>
        <message numerus="yes">
            <source>Last talked %n days ago</source>
            <translation>
                <numerusform>Hablasteis por última vez hace %n día</numerusform>
                <numerusform>Hablasteis por última vez hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>{talked}, no keep-in-touch cadence</source>
            <translation>{talked}, sin frecuencia de contacto</translation>
        </message>
        <message numerus="yes">
            <source>{talked}, cadence %n days: {state}</source>
            <translation>
                <numerusform>{talked}, frecuencia de %n día: {state}</numerusform>
                <numerusform>{talked}, frecuencia de %n días: {state}</numerusform>
            </translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Cómo contactar</translation>
        </message>
        <message>
            <source>How we met</source>
            <translation>Cómo nos conocimos</translation>
        </message>
        <message>
            <source>Keep-in-touch status</source>
            <translation>Estado del contacto periódico</translation>
        </message>
        <message>
            <source>More about them</source>
            <translation>Más sobre esta persona</translation>
        </message>
        <message>
            <source>Photo of {name}</source>
            <translation>Foto de {name}</translation>
        </message>
        <message>
            <source>{title} at {organization}</source>
            <translation>{title} en {organization}</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Web site</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <source>No email or phone yet</source>
            <translation>Aún sin correo ni teléfono</translation>
        </message>
        <message>
            <source>Tags: {tags}</source>
            <translation>Etiquetas: {tags}</translation>
        </message>
        <message>
            <source>No tags</source>
            <translation>Sin etiquetas</translation>
        </message>
        <message numerus="yes">
            <source>keep in touch every %n days</source>
            <translation>
                <numerusform>mantener el contacto cada día</numerusform>
                <numerusform>mantener el contacto cada %n días</numerusform>
            </translation>
        </message>
        <message>
            <source> (networking only)</source>
            <translation> (solo networking)</translation>
        </message>
        <message>
            <source>Met: {how}</source>
            <translation>Nos conocimos: {how}</translation>
        </message>
        <message>
            <source>on {day}</source>
            <translation>el {day}</translation>
        </message>
        <message>
            <source>introduced by</source>
            <translation>presentado por</translation>
        </message>
        <message>
            <source>Also called {names}</source>
            <translation>También llamado {names}</translation>
        </message>
    </context>
    <context>
        <name>ContactListModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Last interaction</source>
            <translation>Última interacción</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Próximo seguimiento</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Mantener contacto</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <source>{title} at {organization}</source>
            <translation>{title} en {organization}</translation>
        </message>
        <message>
            <source>Reconnect by {day}</source>
            <translation>Retomar contacto antes del {day}</translation>
        </message>
    </context>
    <context>
        <name>ContactPage</name>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Editar contacto</translation>
        </message>
        <message>
            <source>Networking and sales</source>
            <translation>Networking y ventas</translation>
        </message>
        <message>
            <source>&amp;Networking</source>
            <translation>&amp;Networking</translation>
        </message>
        <message>
            <source>&amp;Sales</source>
            <translation>&amp;Ventas</translation>
        </message>
        <message>
            <source>Pick a contact on the left to see their networking and sales.</source>
            <translation>Elige un contacto a la izquierda para ver su networking y sus ventas.</translation>
        </message>
    </context>
    <context>
        <name>ContactPicker</name>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Type a name…</source>
            <translation>Escribe un nombre…</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Oportunidad</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Objeción</translation>
        </message>
        <message>
            <source>Sales quota</source>
            <translation>Cuota de ventas</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n months ago</source>
            <translation>
                <numerusform>hace %n mes</numerusform>
                <numerusform>hace %n meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n years ago</source>
            <translation>
                <numerusform>hace %n año</numerusform>
                <numerusform>hace %n años</numerusform>
            </translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>dentro de %n día</numerusform>
                <numerusform>dentro de %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days late</source>
            <translation>
                <numerusform>%n día de retraso</numerusform>
                <numerusform>%n días de retraso</numerusform>
            </translation>
        </message>
        <message>
            <source>No cadence</source>
            <translation>Sin frecuencia</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>Al día</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Toca pronto</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Atrasado</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Presentación</translation>
        </message>
    </context>
    <context>
        <name>ContactsFeature</name>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>&amp;New Contact…</source>
            <translation>&amp;Nuevo contacto…</translation>
        </message>
        <message>
            <source>&amp;Edit Contact…</source>
            <translation>&amp;Editar contacto…</translation>
        </message>
        <message>
            <source>&amp;Log Interaction…</source>
            <translation>Re&amp;gistrar interacción…</translation>
        </message>
        <message>
            <source>Add &amp;Follow-up…</source>
            <translation>Añadir seguimien&amp;to…</translation>
        </message>
        <message>
            <source>Add &amp;Deal…</source>
            <translation>Añadir &amp;oportunidad…</translation>
        </message>
        <message>
            <source>&amp;Find Contact</source>
            <translation>&amp;Buscar contacto</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>E&amp;xport This Contact…</source>
            <translation>E&amp;xportar este contacto…</translation>
        </message>
        <message>
            <source>Delete Contact Per&amp;manently…</source>
            <translation>Eliminar contacto para sie&amp;mpre…</translation>
        </message>
        <message>
            <source>For whom?</source>
            <translation>¿Para quién?</translation>
        </message>
    </context>
    <context>
        <name>ContactsSection</name>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>&amp;Add a contact…</source>
            <translation>&amp;Añadir un contacto…</translation>
        </message>
        <message>
            <source>Add your first contact</source>
            <translation>Añade tu primer contacto</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importar un archivo…</translation>
        </message>
        <message>
            <source>Import contacts from a file</source>
            <translation>Importar contactos desde un archivo</translation>
        </message>
        <message>
            <source>No contacts match. Press Escape to clear the search.</source>
            <translation>Ningún contacto coincide. Pulsa Esc para borrar la búsqueda.</translation>
        </message>
        <message>
            <source>No contacts yet — add one (Ctrl+N) or import a file.</source>
            <translation>Aún no hay contactos: añade uno (Ctrl+N) o importa un archivo.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Could not save</source>
            <translation>No se ha podido guardar</translation>
        </message>
        <message>
            <source>the log folder</source>
            <translation>la carpeta de registros</translation>
        </message>
        <message>
            <source>Something went wrong inside Networking Journal, and what you were doing may not have finished. Everything saved before is safe: an unfinished change is undone, never half-saved.

You can keep working. If it happens again, restart the app. The details were written to {file} — please include that file when you report the problem.</source>
            <translation>Algo ha fallado dentro de Networking Journal y puede que lo que estabas haciendo no haya terminado. Todo lo guardado antes está a salvo: un cambio sin terminar se deshace, nunca se guarda a medias.

Puedes seguir trabajando. Si vuelve a ocurrir, reinicia la aplicación. Los detalles se han escrito en {file}; incluye ese archivo cuando informes del problema.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Error inesperado</translation>
        </message>
    </context>
    <context>
        <name>DaysPerStageChart</name>
        <message>
            <source>Average days per stage</source>
            <translation>Días medios por etapa</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Average time in stage</source>
            <translation>Tiempo medio en la etapa</translation>
        </message>
        <message>
            <source>Moves measured</source>
            <translation>Cambios medidos</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <source>Add deal</source>
            <translation>Añadir oportunidad</translation>
        </message>
        <message>
            <source>Deal title</source>
            <translation>Título de la oportunidad</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>1500.00</source>
            <translation>1500,00</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probabilidad</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Expected close date known</source>
            <translation>Se conoce la fecha de cierre prevista</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Cierre previsto</translation>
        </message>
        <message>
            <source>Why it was lost</source>
            <translation>Por qué se perdió</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Value</source>
            <translation>&amp;Valor</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>&amp;Etapa</translation>
        </message>
        <message>
            <source>&amp;Probability</source>
            <translation>&amp;Probabilidad</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cierre</translation>
        </message>
        <message>
            <source>&amp;Lost because</source>
            <translation>Motivo de la pér&amp;dida</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>Editar oportunidad</translation>
        </message>
        <message>
            <source>Move the deal in the Pipeline to change its stage.</source>
            <translation>Mueve la oportunidad en el Pipeline para cambiar su etapa.</translation>
        </message>
        <message>
            <source>Expected close has passed</source>
            <translation>La fecha de cierre ya pasó</translation>
        </message>
        <message>
            <source>The expected close, {day}, has already passed and the deal is still open. Save it anyway?</source>
            <translation>El cierre previsto, {day}, ya pasó y la oportunidad sigue abierta. ¿Guardarla de todos modos?</translation>
        </message>
        <message>
            <source>Choose a day from today on, or move the deal to won or lost.</source>
            <translation>Elige un día a partir de hoy, o pasa la oportunidad a ganada o perdida.</translation>
        </message>
    </context>
    <context>
        <name>DuePanel</name>
        <message>
            <source>Due now</source>
            <translation>Pendientes ahora</translation>
        </message>
        <message>
            <source>Got it</source>
            <translation>Entendido</translation>
        </message>
        <message>
            <source>Stop grouping the missed reminders</source>
            <translation>Dejar de agrupar los recordatorios perdidos</translation>
        </message>
        <message>
            <source>Nothing is due. Enjoy the quiet.</source>
            <translation>No hay nada pendiente. Disfruta de la calma.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more in the follow-up calendar</source>
            <translation>
                <numerusform>y %n más en el calendario de seguimientos</numerusform>
                <numerusform>y %n más en el calendario de seguimientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You missed %n reminder(s) while away — listed first.</source>
            <translation>
                <numerusform>Te perdiste %n recordatorio mientras no estabas; aparece primero.</numerusform>
                <numerusform>Te perdiste %n recordatorios mientras no estabas; aparecen primero.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due now (%n)</source>
            <translation>
                <numerusform>Pendientes ahora (%n)</numerusform>
                <numerusform>Pendientes ahora (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot mark it done</source>
            <translation>No se puede marcar como hecho</translation>
        </message>
        <message>
            <source>Cannot snooze</source>
            <translation>No se puede posponer</translation>
        </message>
    </context>
    <context>
        <name>DueRow</name>
        <message>
            <source>{name} · {kind} · due {when}</source>
            <translation>{name} · {kind} · vence {when}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Mark “{title}” done</source>
            <translation>Marcar «{title}» como hecho</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <source>Snooze “{title}”</source>
            <translation>Posponer «{title}»</translation>
        </message>
        <message>
            <source>Tomorrow</source>
            <translation>Mañana</translation>
        </message>
        <message>
            <source>Pick a time…</source>
            <translation>Elegir una hora…</translation>
        </message>
        <message>
            <source>Open {name}</source>
            <translation>Abrir {name}</translation>
        </message>
        <message>
            <source>Snooze until</source>
            <translation>Posponer hasta</translation>
        </message>
        <message>
            <source>Remind me again on:</source>
            <translation>Recordármelo de nuevo el:</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same email</source>
            <extracomment>Live contacts from which the window's search runs in a child process (``services.apart``): below, it takes a few tens of milliseconds, less than starting a child would.</extracomment>
            <translation>mismo correo</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>mismo teléfono</translation>
        </message>
        <message>
            <source>same name and organization</source>
            <translation>mismo nombre y organización</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>mismo nombre</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>nombre parecido</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre de pila</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Cumpleaños</translation>
        </message>
        <message>
            <source>How we met</source>
            <translation>Cómo nos conocimos</translation>
        </message>
        <message>
            <source>Met on</source>
            <translation>Nos conocimos el</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Keep-in-touch cadence (days)</source>
            <translation>Frecuencia de contacto (días)</translation>
        </message>
        <message>
            <source>ID in the other program</source>
            <translation>ID en el otro programa</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>Posible duplicado</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>Duplicados</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesView</name>
        <message>
            <source>Likely duplicates</source>
            <translation>Posibles duplicados</translation>
        </message>
        <message>
            <source>Pairs of contacts that may be the same person</source>
            <translation>Parejas de contactos que pueden ser la misma persona</translation>
        </message>
        <message>
            <source>&amp;Merge…</source>
            <translation>&amp;Fusionar…</translation>
        </message>
        <message>
            <source>Merge the selected pair</source>
            <translation>Fusionar la pareja seleccionada</translation>
        </message>
        <message>
            <source>&amp;Not the same person</source>
            <translation>&amp;No es la misma persona</translation>
        </message>
        <message>
            <source>Not the same person</source>
            <translation>No es la misma persona</translation>
        </message>
        <message>
            <source>&amp;Undo last merge</source>
            <translation>&amp;Deshacer la última fusión</translation>
        </message>
        <message>
            <source>Undo the last merge</source>
            <translation>Deshacer la última fusión</translation>
        </message>
        <message>
            <source>The search for duplicates failed.</source>
            <translation>La búsqueda de duplicados ha fallado.</translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s) may be the same person.</source>
            <translation>
                <numerusform>%n pareja puede ser la misma persona.</numerusform>
                <numerusform>%n parejas pueden ser la misma persona.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot merge</source>
            <translation>No se puede fusionar</translation>
        </message>
        <message>
            <source>Undo merge</source>
            <translation>Deshacer fusión</translation>
        </message>
        <message>
            <source>Separate {a} and {b} again?</source>
            <translation>¿Volver a separar a {a} y {b}?</translation>
        </message>
        <message>
            <source>Cannot undo the merge</source>
            <translation>No se puede deshacer la fusión</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>vCard 3.0 — contacts for any address book</source>
            <translation>vCard 3.0 — contactos para cualquier libreta de direcciones</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>Archivos vCard (*.vcf)</translation>
        </message>
        <message>
            <source>CSV — one row per contact, for spreadsheets</source>
            <translation>CSV — una fila por contacto, para hojas de cálculo</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>iCalendar — follow-ups for your calendar</source>
            <translation>iCalendar — seguimientos para tu calendario</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>Archivos iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>JSON — everything, including the trash and history</source>
            <translation>JSON — todo, incluidos la papelera y el historial</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export the journal</source>
            <translation>Exportar el diario</translation>
        </message>
        <message>
            <source>Export format</source>
            <translation>Formato de exportación</translation>
        </message>
        <message>
            <source>Write follow-ups as events (for calendars that hide tasks)</source>
            <translation>Escribir los seguimientos como eventos (para calendarios que ocultan las tareas)</translation>
        </message>
        <message>
            <source>Write follow-ups as events</source>
            <translation>Escribir los seguimientos como eventos</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <source>Choose a file and export</source>
            <translation>Elegir un archivo y exportar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <source>Export as {format}</source>
            <translation>Exportar como {format}</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Escribiendo {file}…</translation>
        </message>
        <message>
            <source>The export failed: {reason}</source>
            <translation>La exportación ha fallado: {reason}</translation>
        </message>
        <message>
            <source>Wrote {file} ({count} items).</source>
            <translation>Se ha escrito {file} ({count} elementos).</translation>
        </message>
    </context>
    <context>
        <name>FollowUpCalendar</name>
        <message>
            <source>Follow-up calendar</source>
            <translation>Calendario de seguimientos</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n vencido</numerusform>
                <numerusform>%n vencidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due</source>
            <translation>
                <numerusform>%n pendiente</numerusform>
                <numerusform>%n pendientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>%n hecho</numerusform>
                <numerusform>%n hechos</numerusform>
            </translation>
        </message>
        <message>
            <source>No follow-ups</source>
            <translation>Sin seguimientos</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>In 3 days</source>
            <translation>En 3 días</translation>
        </message>
        <message>
            <source>In 1 week</source>
            <translation>En 1 semana</translation>
        </message>
        <message>
            <source>In 1 month</source>
            <translation>En 1 mes</translation>
        </message>
        <message>
            <source>Add follow-up</source>
            <translation>Añadir seguimiento</translation>
        </message>
        <message>
            <source>Networking or sales</source>
            <translation>Networking o ventas</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <source>Send the article we talked about</source>
            <translation>Enviar el artículo del que hablamos</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Fecha de vencimiento</translation>
        </message>
        <message>
            <source>At</source>
            <translation>A las</translation>
        </message>
        <message>
            <source>At a set time</source>
            <translation>A una hora concreta</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Cada</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Repetir</translation>
        </message>
        <message>
            <source>Repeat every</source>
            <translation>Repetir cada</translation>
        </message>
        <message>
            <source>Repeat unit</source>
            <translation>Unidad de repetición</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Qué</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Vence</translation>
        </message>
        <message>
            <source>T&amp;ime</source>
            <translation>&amp;Hora</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>&amp;Repetir</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>Edit follow-up</source>
            <translation>Editar seguimiento</translation>
        </message>
    </context>
    <context>
        <name>FollowUps</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>A cualquier hora</translation>
        </message>
        <message numerus="yes">
            <source>%n days overdue</source>
            <translation>
                <numerusform>%n día de retraso</numerusform>
                <numerusform>%n días de retraso</numerusform>
            </translation>
        </message>
        <message>
            <source>Snoozed until %1</source>
            <translation>Pospuesto hasta %1</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Start &amp;over</source>
            <translation>&amp;Empezar de nuevo</translation>
        </message>
        <message>
            <source>Throw the draft away and start over</source>
            <translation>Tirar el borrador y empezar de nuevo</translation>
        </message>
        <message>
            <source>Restored what you had typed ({when}).</source>
            <translation>Recuperado lo que habías escrito ({when}).</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>d MMMM</source>
            <translation>d 'de' MMMM</translation>
        </message>
    </context>
    <context>
        <name>FunnelChart</name>
        <message>
            <source>Stage-to-stage conversion funnel</source>
            <translation>Embudo de conversión entre etapas</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Deals that reached it</source>
            <translation>Oportunidades que la alcanzaron</translation>
        </message>
        <message>
            <source>Of all deals</source>
            <translation>Del total de oportunidades</translation>
        </message>
        <message>
            <source>Went on to the next stage</source>
            <translation>Pasaron a la etapa siguiente</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>Keep running in the system tray when the window is closed</source>
            <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
        </message>
        <message>
            <source>Minimize to tray on close</source>
            <translation>Minimizar a la bandeja al cerrar</translation>
        </message>
        <message>
            <source>This desktop has no system tray.</source>
            <translation>Este escritorio no tiene bandeja del sistema.</translation>
        </message>
        <message>
            <source>Start at login, minimized</source>
            <translation>Iniciar al abrir sesión, minimizado</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>Iniciar al abrir sesión</translation>
        </message>
        <message>
            <source>Default keep-in-touch cadence in days</source>
            <translation>Frecuencia de contacto predeterminada en días</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>Currency of new deals and quotas</source>
            <translation>Moneda de las oportunidades y cuotas nuevas</translation>
        </message>
        <message>
            <source>Default keep-in-touch &amp;cadence:</source>
            <translation>&amp;Frecuencia de contacto predeterminada:</translation>
        </message>
        <message>
            <source>Default c&amp;urrency:</source>
            <translation>&amp;Moneda predeterminada:</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Could not change it: {error}</source>
            <translation>No se ha podido cambiar: {error}</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>(ignore)</source>
            <translation>(ignorar)</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nombre completo</translation>
        </message>
        <message>
            <source>Name prefix</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre de pila</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Segundo nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Name suffix</source>
            <translation>Sufijo del nombre</translation>
        </message>
        <message>
            <source>Nickname</source>
            <translation>Apodo</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Region or state</source>
            <translation>Provincia o estado</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>LinkedIn URL</source>
            <translation>URL de LinkedIn</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Other web site</source>
            <translation>Otro sitio web</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Cumpleaños</translation>
        </message>
        <message>
            <source>Anniversary</source>
            <translation>Aniversario</translation>
        </message>
        <message>
            <source>How we met</source>
            <translation>Cómo nos conocimos</translation>
        </message>
        <message>
            <source>Met on</source>
            <translation>Nos conocimos el</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Destacado</translation>
        </message>
        <message>
            <source>ID in the other program</source>
            <translation>ID en el otro programa</translation>
        </message>
        <message>
            <source>a field is longer than {size} KB, which no contact export has. The file is probably damaged or is not a contact list.</source>
            <translation>un campo ocupa más de {size} KB, algo que no tiene ninguna exportación de contactos. Probablemente el archivo está dañado o no es una lista de contactos.</translation>
        </message>
        <message>
            <source>this is not valid CSV ({reason}).</source>
            <translation>no es un CSV válido ({reason}).</translation>
        </message>
        <message>
            <source>The file has no header row with the expected columns. Check the format you chose, or that the file uses commas (or semicolons) between fields.</source>
            <translation>El archivo no tiene una fila de encabezado con las columnas esperadas. Comprueba el formato elegido o que el archivo use comas (o punto y coma) entre los campos.</translation>
        </message>
        <message>
            <source>The file has a header row but no contacts under it. Export your contacts again.</source>
            <translation>El archivo tiene una fila de encabezado pero ningún contacto debajo. Vuelve a exportar tus contactos.</translation>
        </message>
        <message>
            <source>this row is separated by {found!r} but the header by {expected!r}. Save the file again with one separator throughout.</source>
            <translation>esta fila está separada por {found!r} pero el encabezado por {expected!r}. Vuelve a guardar el archivo con un mismo separador en todo él.</translation>
        </message>
        <message>
            <source>this row has {count} fields but the header has {width}. A value probably holds an unquoted separator; fix the row or export the file again.</source>
            <translation>esta fila tiene {count} campos pero el encabezado tiene {width}. Probablemente un valor contiene un separador sin comillas; corrige la fila o vuelve a exportar el archivo.</translation>
        </message>
        <message>
            <source>No column holds names or emails (columns: {columns}). Map the columns in the import window, or rename the header to Name, Email, Phone, Company.</source>
            <translation>Ninguna columna contiene nombres ni correos (columnas: {columns}). Asigna las columnas en la ventana de importación o renombra el encabezado a Name, Email, Phone, Company.</translation>
        </message>
        <message>
            <source>{file} is larger than 512 MB; split it into smaller files.</source>
            <translation>{file} ocupa más de 512 MB; divídelo en archivos más pequeños.</translation>
        </message>
        <message>
            <source>{file} is a folder, not a file. Choose the exported file inside it.</source>
            <translation>{file} es una carpeta, no un archivo. Elige el archivo exportado que hay dentro.</translation>
        </message>
        <message>
            <source>{file} does not exist. Check the name and the folder.</source>
            <translation>{file} no existe. Comprueba el nombre y la carpeta.</translation>
        </message>
        <message>
            <source>{file} cannot be read ({reason}).</source>
            <translation>No se puede leer {file} ({reason}).</translation>
        </message>
        <message>
            <source>{file} is not a text file (it holds binary data). Choose a vCard (.vcf), CSV or JSON export.</source>
            <translation>{file} no es un archivo de texto (contiene datos binarios). Elige una exportación vCard (.vcf), CSV o JSON.</translation>
        </message>
        <message>
            <source>{file} is empty. Export your contacts again and choose the new file.</source>
            <translation>{file} está vacío. Vuelve a exportar tus contactos y elige el archivo nuevo.</translation>
        </message>
        <message>
            <source>{file} looks like {encoding} text but byte {offset} is damaged. Export it again.</source>
            <translation>{file} parece texto {encoding}, pero el byte {offset} está dañado. Vuelve a exportarlo.</translation>
        </message>
        <message>
            <source>This file is a web page (HTML), not a vCard or CSV export: the program or web site probably showed an error page instead of the file. Export your contacts again.</source>
            <translation>Este archivo es una página web (HTML), no una exportación vCard o CSV: seguramente el programa o la web mostró una página de error en lugar del archivo. Vuelve a exportar los contactos.</translation>
        </message>
        <message>
            <source>The file holds no vCard (no BEGIN:VCARD).</source>
            <translation>El archivo no contiene ningún vCard (no hay BEGIN:VCARD).</translation>
        </message>
        <message>
            <source>No card in the file can be read ({reasons}). The file is damaged; export it again.</source>
            <translation>No se puede leer ninguna tarjeta del archivo ({reasons}). El archivo está dañado; vuelve a exportarlo.</translation>
        </message>
        <message>
            <source>Unknown format {format}.</source>
            <translation>Formato desconocido: {format}.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>{file} could not be read ({reason}).</source>
            <translation>No se ha podido leer {file} ({reason}).</translation>
        </message>
        <message>
            <source>ID</source>
            <extracomment>Mailboxes of a company or a team, not of a person (the part before the @).</extracomment>
            <translation>ID</translation>
        </message>
        <message>
            <source>email</source>
            <translation>correo</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>teléfono</translation>
        </message>
        <message>
            <source>possible duplicate of {name}: review it under Duplicates</source>
            <translation>posible duplicado de {name}: revísalo en Duplicados</translation>
        </message>
        <message>
            <source>same person as {where} in this file; adds {fields}</source>
            <extracomment>Rows of one file falling into one contact from which the import asks first. The fields the report counts (the name and the source id go without saying).</extracomment>
            <translation>misma persona que {where} de este archivo; añade {fields}</translation>
        </message>
        <message>
            <source>same person as {where} in this file; nothing new</source>
            <translation>misma persona que {where} de este archivo; nada nuevo</translation>
        </message>
        <message>
            <source>matched on {key}; adds {fields}</source>
            <translation>coincide por {key}; añade {fields}</translation>
        </message>
        <message>
            <source>already in the journal (matched on {key}); nothing new</source>
            <translation>ya está en el diario (coincide por {key}); nada nuevo</translation>
        </message>
        <message>
            <source>imported before from this card or row; nothing new</source>
            <translation>ya se importó antes desde esta tarjeta o fila; nada nuevo</translation>
        </message>
        <message>
            <source>the same as {where} in this file</source>
            <translation>igual que {where} en este archivo</translation>
        </message>
        <message>
            <source>no name, no organization and no email</source>
            <translation>sin nombre, sin organización y sin correo</translation>
        </message>
        <message>
            <source>same name and organization as {name}, who is already in the journal: merge them?</source>
            <translation>mismo nombre y organización que {name}, que ya está en el diario: ¿fusionarlos?</translation>
        </message>
        <message>
            <source>merged with {name} (same name and organization); adds {fields}</source>
            <translation>fusionado con {name} (mismo nombre y organización); añade {fields}</translation>
        </message>
        <message>
            <source>name and organization</source>
            <translation>nombre y organización</translation>
        </message>
        <message>
            <source>organization already in the journal; adds what it lacks</source>
            <translation>la organización ya está en el diario; añade lo que le falta</translation>
        </message>
        <message>
            <source>group: tags {count} people with {tag} ({missing} members not found)</source>
            <translation>grupo: etiqueta a {count} personas con {tag} ({missing} miembros no encontrados)</translation>
        </message>
        <message>
            <source>group: tags {count} people with {tag}</source>
            <translation>grupo: etiqueta a {count} personas con {tag}</translation>
        </message>
        <message>
            <source>A picture in the export is damaged.</source>
            <translation>Una imagen de la exportación está dañada.</translation>
        </message>
        <message>
            <source>this is not valid JSON ({reason}). The file is damaged or cut short.</source>
            <translation>no es un JSON válido ({reason}). El archivo está dañado o cortado.</translation>
        </message>
        <message>
            <source>The JSON is nested too deeply to be a journal export.</source>
            <translation>El JSON tiene demasiados niveles de anidamiento para ser una exportación del diario.</translation>
        </message>
        <message>
            <source>This JSON file is not a Networking Journal export. Only files made with File &gt; Export &gt; JSON can be imported.</source>
            <translation>Este archivo JSON no es una exportación de Networking Journal. Solo se pueden importar archivos creados con Archivo &gt; Exportar &gt; JSON.</translation>
        </message>
        <message>
            <source>The export does not say which schema version it has.</source>
            <translation>La exportación no indica qué versión de esquema tiene.</translation>
        </message>
        <message>
            <source>The export was made by a newer version of Networking Journal (schema {found}; this version understands up to {known}). Update the app to import it.</source>
            <translation>La exportación se hizo con una versión más reciente de Networking Journal (esquema {found}; esta versión entiende hasta el {known}). Actualiza la aplicación para importarla.</translation>
        </message>
        <message>
            <source>The export was made by a newer version of Networking Journal (format {found}; this version reads up to {known}). Update the app to import it.</source>
            <translation>La exportación se hizo con una versión más reciente de Networking Journal (formato {found}; esta versión lee hasta el {known}). Actualiza la aplicación para importarla.</translation>
        </message>
        <message>
            <source>Table {table} in the export is not a list.</source>
            <translation>La tabla {table} de la exportación no es una lista.</translation>
        </message>
        <message>
            <source>Record {number} of table {table} is damaged.</source>
            <translation>El registro {number} de la tabla {table} está dañado.</translation>
        </message>
        <message>
            <source>Contact {number} in the export has no name or no uuid.</source>
            <translation>El contacto {number} de la exportación no tiene nombre o uuid.</translation>
        </message>
        <message>
            <source>record {number} of table {table}, column {column}, cannot be imported: {problem} Nothing was imported.</source>
            <translation>el registro {number} de la tabla {table}, columna {column}, no se puede importar: {problem} No se importó nada.</translation>
        </message>
        <message>
            <source>already in the journal (same uuid)</source>
            <translation>ya está en el diario (mismo uuid)</translation>
        </message>
        <message>
            <source>record {number} of table {table} cannot be stored ({reason}). Nothing was imported.</source>
            <translation>no se puede guardar el registro {number} de la tabla {table} ({reason}). No se ha importado nada.</translation>
        </message>
        <message>
            <source>The export is inconsistent: a record of {table} refers to a {parent} that is not in the file. Nothing was imported.</source>
            <translation>La exportación es incoherente: un registro de {table} hace referencia a {parent}, que no está en el archivo. No se ha importado nada.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionar</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Omitir</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>card {card} (line {line})</source>
            <translation>tarjeta {card} (línea {line})</translation>
        </message>
        <message>
            <source>line {n}</source>
            <translation>línea {n}</translation>
        </message>
        <message>
            <source>contact {n}</source>
            <translation>contacto {n}</translation>
        </message>
        <message>
            <source>photo downscaled</source>
            <translation>foto reducida</translation>
        </message>
        <message>
            <source>damaged photo not kept</source>
            <translation>foto dañada no guardada</translation>
        </message>
        <message>
            <source>garbled accents repaired</source>
            <translation>acentos estropeados reparados</translation>
        </message>
        <message>
            <source>text that looks garbled (check the accents)</source>
            <translation>texto que parece estropeado (revisa los acentos)</translation>
        </message>
        <message>
            <source>a value that is not an e-mail address not kept as one</source>
            <translation>un valor que no es una dirección de correo no se guarda como tal</translation>
        </message>
        <message>
            <source>a value that is not valid not kept</source>
            <translation>un valor no válido no se guarda</translation>
        </message>
        <message>
            <source>a date that is not a real date not kept</source>
            <translation>una fecha que no existe no se guarda</translation>
        </message>
        <message>
            <source>a date left out: the file cannot tell day/month from month/day</source>
            <translation>una fecha sin importar: el archivo no permite distinguir día/mes de mes/día</translation>
        </message>
        <message>
            <source>a system group (My Contacts, starred) not kept as a tag</source>
            <translation>un grupo del sistema (Mis contactos, destacados) no se guarda como etiqueta</translation>
        </message>
        <message>
            <source>name prefixes</source>
            <extracomment>The contact fields as the report names them (English; the UI translates them, context "Import").</extracomment>
            <translation>tratamientos</translation>
        </message>
        <message>
            <source>first names</source>
            <translation>nombres</translation>
        </message>
        <message>
            <source>middle names</source>
            <translation>segundos nombres</translation>
        </message>
        <message>
            <source>last names</source>
            <translation>apellidos</translation>
        </message>
        <message>
            <source>name suffixes</source>
            <translation>sufijos</translation>
        </message>
        <message>
            <source>nicknames</source>
            <translation>apodos</translation>
        </message>
        <message>
            <source>phonetic first names</source>
            <translation>lecturas del nombre</translation>
        </message>
        <message>
            <source>phonetic last names</source>
            <translation>lecturas de los apellidos</translation>
        </message>
        <message>
            <source>names in other languages</source>
            <translation>nombres en otros idiomas</translation>
        </message>
        <message>
            <source>organizations</source>
            <translation>organizaciones</translation>
        </message>
        <message>
            <source>departments</source>
            <translation>departamentos</translation>
        </message>
        <message>
            <source>job titles</source>
            <translation>cargos</translation>
        </message>
        <message>
            <source>roles</source>
            <translation>roles</translation>
        </message>
        <message>
            <source>organizations in other languages</source>
            <translation>organizaciones en otros idiomas</translation>
        </message>
        <message>
            <source>job titles in other languages</source>
            <translation>cargos en otros idiomas</translation>
        </message>
        <message>
            <source>e-mail addresses</source>
            <translation>direcciones de correo</translation>
        </message>
        <message>
            <source>phone numbers</source>
            <translation>teléfonos</translation>
        </message>
        <message>
            <source>postal addresses</source>
            <translation>direcciones postales</translation>
        </message>
        <message>
            <source>tags</source>
            <translation>etiquetas</translation>
        </message>
        <message>
            <source>LinkedIn profiles</source>
            <translation>perfiles de LinkedIn</translation>
        </message>
        <message>
            <source>web sites</source>
            <translation>sitios web</translation>
        </message>
        <message>
            <source>more web sites</source>
            <translation>más sitios web</translation>
        </message>
        <message>
            <source>instant messaging handles</source>
            <translation>usuarios de mensajería</translation>
        </message>
        <message>
            <source>social profiles</source>
            <translation>perfiles sociales</translation>
        </message>
        <message>
            <source>birthdays</source>
            <translation>cumpleaños</translation>
        </message>
        <message>
            <source>anniversaries and other dates</source>
            <translation>aniversarios y otras fechas</translation>
        </message>
        <message>
            <source>related people</source>
            <translation>personas relacionadas</translation>
        </message>
        <message>
            <source>locations</source>
            <translation>ubicaciones</translation>
        </message>
        <message>
            <source>how we met</source>
            <translation>cómo nos conocimos</translation>
        </message>
        <message>
            <source>days we met</source>
            <translation>días en que nos conocimos</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notas</translation>
        </message>
        <message>
            <source>custom fields</source>
            <translation>campos propios</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>fotos</translation>
        </message>
        <message>
            <source>stars</source>
            <translation>destacados</translation>
        </message>
        <message>
            <source>keep-in-touch cadences</source>
            <translation>frecuencias de contacto</translation>
        </message>
        <message>
            <source>Kept: {items}.</source>
            <translation>Se guarda: {items}.</translation>
        </message>
        <message>
            <source>Not kept (the journal has no place for them): {items}.</source>
            <translation>No se guarda (el diario no tiene dónde): {items}.</translation>
        </message>
        <message>
            <source>Changed on the way in: {items}.</source>
            <translation>Cambiado al importar: {items}.</translation>
        </message>
        <message>
            <source>The file's dates could be day/month or month/day (date order unknown): choose the order, or those dates are left out.</source>
            <translation>Las fechas del archivo pueden ser día/mes o mes/día (orden de fechas desconocido): elige el orden, o esas fechas no se importan.</translation>
        </message>
        <message>
            <source>line {line} is not a vCard property (no colon)</source>
            <extracomment>How a file that holds vCards starts (looked for anywhere in its first lines).</extracomment>
            <translation>la línea {line} no es una propiedad vCard (no tiene dos puntos)</translation>
        </message>
        <message>
            <source>the card has no END:VCARD before the next BEGIN:VCARD (line {line})</source>
            <translation>la tarjeta no tiene END:VCARD antes del siguiente BEGIN:VCARD (línea {line})</translation>
        </message>
        <message>
            <source>the card is cut short: the file ends before END:VCARD</source>
            <translation>la tarjeta está cortada: el archivo termina antes de END:VCARD</translation>
        </message>
        <message>
            <source>the {property} on line {line} is longer than {size} MB</source>
            <translation>{property} en la línea {line} ocupa más de {size} MB</translation>
        </message>
        <message>
            <source>{rows} rows of this file would all be merged into {name}. That usually means the file's columns were not recognized. Check the preview; if they really are one person, import again allowing it (--allow-merge-many).</source>
            <translation>{rows} filas de este archivo se fusionarían todas en {name}. Eso suele significar que no se reconocieron las columnas del archivo. Revisa la vista previa; si de verdad son una sola persona, importa de nuevo permitiéndolo (--allow-merge-many).</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Detect automatically</source>
            <translation>Detectar automáticamente</translation>
        </message>
        <message>
            <source>vCard (.vcf)</source>
            <translation>vCard (.vcf)</translation>
        </message>
        <message>
            <source>LinkedIn Connections.csv</source>
            <translation>LinkedIn Connections.csv</translation>
        </message>
        <message>
            <source>Google Contacts CSV</source>
            <translation>CSV de Google Contactos</translation>
        </message>
        <message>
            <source>Outlook CSV</source>
            <translation>CSV de Outlook</translation>
        </message>
        <message>
            <source>Other CSV (choose the columns)</source>
            <translation>Otro CSV (elige las columnas)</translation>
        </message>
        <message>
            <source>Networking Journal JSON</source>
            <translation>JSON de Networking Journal</translation>
        </message>
        <message>
            <source>Import {file}</source>
            <translation>Importar {file}</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Importar contactos</translation>
        </message>
        <message>
            <source>File format</source>
            <translation>Formato del archivo</translation>
        </message>
        <message>
            <source>What is kept and what is not</source>
            <translation>Qué se guarda y qué no</translation>
        </message>
        <message>
            <source>Date order of the file</source>
            <translation>Orden de fechas del archivo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elige…</translation>
        </message>
        <message>
            <source>Day first (31/12/2024)</source>
            <translation>Primero el día (31/12/2024)</translation>
        </message>
        <message>
            <source>Month first (12/31/2024)</source>
            <translation>Primero el mes (12/31/2024)</translation>
        </message>
        <message>
            <source>The file's dates could be day/month or month/day. Read them as:</source>
            <translation>Las fechas del archivo pueden ser día/mes o mes/día. Leerlas como:</translation>
        </message>
        <message>
            <source>They really are one person: merge them</source>
            <translation>De verdad son una sola persona: fusionarlas</translation>
        </message>
        <message>
            <source>Allow merging many rows into one contact</source>
            <translation>Permitir fusionar muchas filas en un contacto</translation>
        </message>
        <message>
            <source>Merge them</source>
            <translation>Fusionarlos</translation>
        </message>
        <message>
            <source>Merge people who match a contact by name and organization</source>
            <translation>Fusionar a quienes coinciden con un contacto por nombre y organización</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>Asignación de columnas</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Ejemplo</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <source>Update preview</source>
            <translation>Actualizar vista previa</translation>
        </message>
        <message>
            <source>Update the preview with these columns</source>
            <translation>Actualizar la vista previa con estas columnas</translation>
        </message>
        <message>
            <source>Say which column holds what:</source>
            <translation>Indica qué contiene cada columna:</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>Qué hará la importación</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Import now</source>
            <translation>Importar ahora</translation>
        </message>
        <message>
            <source>Cancel the import</source>
            <translation>Cancelar la importación</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Leyendo {file}…</translation>
        </message>
        <message numerus="yes">
            <source>%n rows of this file would all be merged into {name}. That usually means the columns were not recognized: check the preview below.</source>
            <translation>
                <numerusform>%n fila de este archivo se fusionaría en {name}. Eso suele significar que no se reconocieron las columnas: revisa la vista previa.</numerusform>
                <numerusform>%n filas de este archivo se fusionarían todas en {name}. Eso suele significar que no se reconocieron las columnas: revisa la vista previa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people agree with a contact of the journal only by name and organization.</source>
            <translation>
                <numerusform>%n persona coincide con un contacto del diario solo por nombre y organización.</numerusform>
                <numerusform>%n personas coinciden con un contacto del diario solo por nombre y organización.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import column {name} as</source>
            <translation>Importar la columna {name} como</translation>
        </message>
        <message>
            <source>{added} to add, {merged} to merge with existing contacts, {skipped} to skip.</source>
            <translation>{added} para añadir, {merged} para fusionar con contactos existentes, {skipped} para omitir.</translation>
        </message>
        <message>
            <source>Done: {added} added, {merged} merged, {skipped} skipped.</source>
            <translation>Hecho: {added} añadidos, {merged} fusionados, {skipped} omitidos.</translation>
        </message>
        <message numerus="yes">
            <source>%n may be a duplicate; review under Duplicates.</source>
            <translation>
                <numerusform>%n puede ser un duplicado; revísalo en Duplicados.</numerusform>
                <numerusform>%n pueden ser duplicados; revísalos en Duplicados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card could not be read and is skipped (see the list).</source>
            <translation>
                <numerusform>%n tarjeta no se pudo leer y se omite (ver la lista).</numerusform>
                <numerusform>%n tarjetas no se pudieron leer y se omiten (ver la lista).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new to import.</source>
            <translation>No hay nada nuevo que importar.</translation>
        </message>
        <message>
            <source>This file cannot be imported: {reason}</source>
            <translation>Este archivo no se puede importar: {reason}</translation>
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Algo ha fallado: {error}</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importando…</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was changed.</source>
            <translation>Importación cancelada. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
    <context>
        <name>Importing</name>
        <message>
            <source>Import contacts</source>
            <translation>Importar contactos</translation>
        </message>
        <message>
            <source>Contacts (*.vcf *.vcard *.csv *.json);;All files (*)</source>
            <translation>Contactos (*.vcf *.vcard *.csv *.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message>
            <source>Set sales &amp;quota…</source>
            <translation>Fijar &amp;cuota de ventas…</translation>
        </message>
    </context>
    <context>
        <name>InsightsView</name>
        <message>
            <source>Insights</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Este mes</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Este trimestre</translation>
        </message>
        <message>
            <source>Set sales quota…</source>
            <translation>Fijar cuota de ventas…</translation>
        </message>
        <message>
            <source>Set quota…</source>
            <translation>Fijar cuota…</translation>
        </message>
        <message>
            <source>Set quota</source>
            <translation>Fijar cuota</translation>
        </message>
        <message>
            <source>Weighted forecast by expected close month</source>
            <translation>Previsión ponderada por mes de cierre previsto</translation>
        </message>
        <message>
            <source>&lt;b&gt;Forecast&lt;/b&gt; — open deals by expected close month, value × probability</source>
            <translation>&lt;b&gt;Previsión&lt;/b&gt;: oportunidades abiertas por mes de cierre previsto, valor × probabilidad</translation>
        </message>
        <message>
            <source>Quota &amp;&amp; forecast</source>
            <translation>Cuota y previsión</translation>
        </message>
        <message>
            <source>Win rate per objection response</source>
            <translation>Tasa de éxito por respuesta a objeciones</translation>
        </message>
        <message>
            <source>For each kind of objection, how each response worked out. Win rate = won deals ÷ decided (won or lost) deals the objection was raised on; open deals are not counted yet.</source>
            <translation>Para cada tipo de objeción, cómo funcionó cada respuesta. Tasa de éxito = oportunidades ganadas ÷ oportunidades decididas (ganadas o perdidas) en las que surgió la objeción; las abiertas aún no cuentan.</translation>
        </message>
        <message>
            <source>Objections</source>
            <translation>Objeciones</translation>
        </message>
        <message>
            <source>Reciprocity</source>
            <translation>Reciprocidad</translation>
        </message>
        <message>
            <source>Won value per month against quota (last 12 months)</source>
            <translation>Valor ganado por mes frente a la cuota (últimos 12 meses)</translation>
        </message>
        <message>
            <source>Stage-to-stage conversion</source>
            <translation>Conversión entre etapas</translation>
        </message>
        <message>
            <source>Average days per stage</source>
            <translation>Días medios por etapa</translation>
        </message>
        <message>
            <source>Interactions per month by kind (last 12 months)</source>
            <translation>Interacciones por mes y tipo (últimos 12 meses)</translation>
        </message>
        <message>
            <source>Won vs quota</source>
            <translation>Ganado frente a cuota</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Embudo</translation>
        </message>
        <message>
            <source>Days per stage</source>
            <translation>Días por etapa</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Interacciones</translation>
        </message>
        <message>
            <source>Q%1 %2</source>
            <translation>T%1 %2</translation>
        </message>
        <message>
            <source>No expected close date</source>
            <translation>Sin fecha de cierre prevista</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Cierre previsto</translation>
        </message>
        <message>
            <source>Open deals</source>
            <translation>Oportunidades abiertas</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Weighted value</source>
            <translation>Valor ponderado</translation>
        </message>
        <message>
            <source>(no response recorded)</source>
            <translation>(sin respuesta registrada)</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Objeción</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Times used</source>
            <translation>Veces usada</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Ganadas</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdidas</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>Tasa de éxito</translation>
        </message>
        <message>
            <source>Could not count: {error}</source>
            <translation>No se pudo contar: {error}</translation>
        </message>
    </context>
    <context>
        <name>InteractionDialog</name>
        <message>
            <source>3 days</source>
            <translation>3 días</translation>
        </message>
        <message>
            <source>1 week</source>
            <translation>1 semana</translation>
        </message>
        <message>
            <source>1 month</source>
            <translation>1 mes</translation>
        </message>
        <message>
            <source>Edit entry</source>
            <translation>Editar entrada</translation>
        </message>
        <message>
            <source>Log interaction</source>
            <translation>Registrar interacción</translation>
        </message>
        <message>
            <source>&amp;Networking</source>
            <translation>&amp;Networking</translation>
        </message>
        <message>
            <source>Networking entry</source>
            <translation>Entrada de networking</translation>
        </message>
        <message>
            <source>Relationship: advice, introductions, chats, events</source>
            <translation>Relación: consejos, presentaciones, charlas, eventos</translation>
        </message>
        <message>
            <source>&amp;Sales</source>
            <translation>&amp;Ventas</translation>
        </message>
        <message>
            <source>Sales entry</source>
            <translation>Entrada de ventas</translation>
        </message>
        <message>
            <source>Business: prospecting, proposals, objections, closing</source>
            <translation>Negocio: prospección, propuestas, objeciones, cierre</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Cuándo ocurrió</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Coffee to talk about…</source>
            <translation>Café para hablar de…</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Value direction</source>
            <translation>Dirección del valor</translation>
        </message>
        <message>
            <source>No value moved</source>
            <translation>No hubo intercambio de valor</translation>
        </message>
        <message>
            <source>I gave</source>
            <translation>Aporté</translation>
        </message>
        <message>
            <source>I received</source>
            <translation>Recibí</translation>
        </message>
        <message>
            <source>What value</source>
            <translation>Qué valor</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Oportunidad</translation>
        </message>
        <message>
            <source>No deal</source>
            <translation>Sin oportunidad</translation>
        </message>
        <message>
            <source>Follow up in</source>
            <translation>Hacer seguimiento en</translation>
        </message>
        <message>
            <source>Create a follow-up</source>
            <translation>Crear un seguimiento</translation>
        </message>
        <message>
            <source>Follow up when</source>
            <translation>Cuándo hacer el seguimiento</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation>C&amp;anal</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>&amp;Resumen</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <source>&amp;Value</source>
            <translation>Va&amp;lor</translation>
        </message>
        <message>
            <source>&amp;Deal</source>
            <translation>O&amp;portunidad</translation>
        </message>
        <message>
            <source>Ob&amp;jections</source>
            <translation>Ob&amp;jeciones</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Follow up: {summary}</source>
            <translation>Seguimiento: {summary}</translation>
        </message>
    </context>
    <context>
        <name>InteractionTableModel</name>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>{direction}: {what}</source>
            <translation>{direction}: {what}</translation>
        </message>
        <message>
            <source>Deal: {title}</source>
            <translation>Oportunidad: {title}</translation>
        </message>
        <message>
            <source>{category} ({outcome})</source>
            <translation>{category} ({outcome})</translation>
        </message>
    </context>
    <context>
        <name>InteractionsPerMonthChart</name>
        <message>
            <source>Interactions per month by kind</source>
            <translation>Interacciones por mes y tipo</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>IntroductionChainView</name>
        <message>
            <source>Introduced by</source>
            <translation>Presentado por</translation>
        </message>
        <message>
            <source>Introduced-by chain</source>
            <translation>Cadena de presentaciones</translation>
        </message>
        <message>
            <source>Introduced me to</source>
            <translation>Me presentó a</translation>
        </message>
        <message>
            <source>People this contact introduced me to</source>
            <translation>Personas que este contacto me presentó</translation>
        </message>
        <message>
            <source>Nobody recorded</source>
            <translation>Nadie registrado</translation>
        </message>
    </context>
    <context>
        <name>IntroductionDialog</name>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>They met</source>
            <translation>Se conocieron</translation>
        </message>
        <message>
            <source>Business came of it</source>
            <translation>Salió negocio</translation>
        </message>
        <message>
            <source>Record an introduction</source>
            <translation>Registrar una presentación</translation>
        </message>
        <message>
            <source>I introduced A to B</source>
            <translation>Presenté a A a B</translation>
        </message>
        <message>
            <source>A introduced me to B</source>
            <translation>A me presentó a B</translation>
        </message>
        <message>
            <source>Person A</source>
            <translation>Persona A</translation>
        </message>
        <message>
            <source>Person B</source>
            <translation>Persona B</translation>
        </message>
        <message>
            <source>Date of the introduction</source>
            <translation>Fecha de la presentación</translation>
        </message>
        <message>
            <source>Context</source>
            <translation>Contexto</translation>
        </message>
        <message>
            <source>Why they should meet…</source>
            <translation>Por qué deberían conocerse…</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Follow up with both of them in</source>
            <translation>Hacer seguimiento con ambos en</translation>
        </message>
        <message>
            <source>Create a follow-up with each person</source>
            <translation>Crear un seguimiento con cada persona</translation>
        </message>
        <message>
            <source>Days until the follow-ups</source>
            <translation>Días hasta los seguimientos</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>Person &amp;A</source>
            <translation>Persona &amp;A</translation>
        </message>
        <message>
            <source>Person &amp;B</source>
            <translation>Persona &amp;B</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <source>&amp;Context</source>
            <translation>&amp;Contexto</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Resultado</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Ask {a} how it went with {b}</source>
            <translation>Preguntar a {a} qué tal le fue con {b}</translation>
        </message>
        <message>
            <source>Ask {b} how it went with {a}</source>
            <translation>Preguntar a {b} qué tal le fue con {a}</translation>
        </message>
        <message>
            <source>Thank {a} for the introduction to {b}</source>
            <translation>Agradecer a {a} la presentación de {b}</translation>
        </message>
        <message>
            <source>Follow up with {b} (introduced by {a})</source>
            <translation>Hacer seguimiento con {b} (presentado por {a})</translation>
        </message>
    </context>
    <context>
        <name>KindTab</name>
        <message>
            <source>Log networking…</source>
            <translation>Registrar networking…</translation>
        </message>
        <message>
            <source>Log a networking entry</source>
            <translation>Registrar una entrada de networking</translation>
        </message>
        <message>
            <source>Add a networking follow-up</source>
            <translation>Añadir un seguimiento de networking</translation>
        </message>
        <message>
            <source>Log sales…</source>
            <translation>Registrar venta…</translation>
        </message>
        <message>
            <source>Log a sales entry</source>
            <translation>Registrar una entrada de ventas</translation>
        </message>
        <message>
            <source>Add a sales follow-up</source>
            <translation>Añadir un seguimiento de ventas</translation>
        </message>
        <message>
            <source>Add follow-up…</source>
            <translation>Añadir seguimiento…</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>every {n} {unit}</source>
            <translation>cada {n} {unit}</translation>
        </message>
        <message>
            <source>No open follow-ups</source>
            <translation>Sin seguimientos abiertos</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>work</source>
            <translation>trabajo</translation>
        </message>
        <message>
            <source>home</source>
            <translation>casa</translation>
        </message>
        <message>
            <source>mobile</source>
            <translation>móvil</translation>
        </message>
        <message>
            <source>main</source>
            <translation>principal</translation>
        </message>
        <message>
            <source>other</source>
            <translation>otro</translation>
        </message>
        <message>
            <source>fax</source>
            <translation>fax</translation>
        </message>
        <message>
            <source>work fax</source>
            <translation>fax del trabajo</translation>
        </message>
        <message>
            <source>home fax</source>
            <translation>fax de casa</translation>
        </message>
        <message>
            <source>pager</source>
            <translation>buscapersonas</translation>
        </message>
        <message>
            <source>postal</source>
            <translation>postal</translation>
        </message>
        <message>
            <source>home page</source>
            <translation>página personal</translation>
        </message>
        <message>
            <source>blog</source>
            <translation>blog</translation>
        </message>
        <message>
            <source>anniversary</source>
            <translation>aniversario</translation>
        </message>
        <message>
            <source>spouse</source>
            <translation>cónyuge</translation>
        </message>
        <message>
            <source>partner</source>
            <translation>pareja</translation>
        </message>
        <message>
            <source>child</source>
            <translation>hijo/a</translation>
        </message>
        <message>
            <source>mother</source>
            <translation>madre</translation>
        </message>
        <message>
            <source>father</source>
            <translation>padre</translation>
        </message>
        <message>
            <source>parent</source>
            <translation>padre/madre</translation>
        </message>
        <message>
            <source>brother</source>
            <translation>hermano</translation>
        </message>
        <message>
            <source>sister</source>
            <translation>hermana</translation>
        </message>
        <message>
            <source>friend</source>
            <translation>amistad</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>superior</translation>
        </message>
        <message>
            <source>assistant</source>
            <translation>asistente</translation>
        </message>
        <message>
            <source>co-worker</source>
            <translation>compañero/a</translation>
        </message>
        <message>
            <source>agent</source>
            <translation>representante</translation>
        </message>
        <message>
            <source>referred by</source>
            <translation>recomendado por</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Networking Journal</source>
            <translation>Networking Journal</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Networking Journal — Demo</source>
            <translation>Networking Journal — Demo</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>Insights</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>Retomar contacto</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two contacts</source>
            <translation>Fusionar dos contactos</translation>
        </message>
        <message>
            <source>Merge {a} and {b}</source>
            <translation>Fusionar {a} y {b}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Keep&lt;/b&gt;</source>
            <translation>&lt;b&gt;Conservar&lt;/b&gt;</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>Keep {field} from {who}</source>
            <translation>Conservar {field} de {who}</translation>
        </message>
        <message>
            <source>Emails, phones, tags, interactions, follow-ups, deals and introductions of both are kept. {b} goes to the trash; the merge can be undone.</source>
            <translation>Se conservan los correos, teléfonos, etiquetas, interacciones, seguimientos, oportunidades y presentaciones de ambos. {b} va a la papelera; la fusión se puede deshacer.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Fusionar</translation>
        </message>
        <message>
            <source>Merge the two contacts</source>
            <translation>Fusionar los dos contactos</translation>
        </message>
    </context>
    <context>
        <name>NetworkingTab</name>
        <message>
            <source>Networking</source>
            <translation>Networking</translation>
        </message>
        <message>
            <source>Reciprocity</source>
            <translation>Reciprocidad</translation>
        </message>
        <message>
            <source>Networking timeline</source>
            <translation>Cronología de networking</translation>
        </message>
        <message>
            <source>Networking follow-ups</source>
            <translation>Seguimientos de networking</translation>
        </message>
        <message>
            <source>Introductions</source>
            <translation>Presentaciones</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Presentación</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>You gave {gave}, received {received} in the last 12 months</source>
            <translation>Aportaste {gave} y recibiste {received} en los últimos 12 meses</translation>
        </message>
        <message>
            <source>No networking entries yet — log one (Ctrl+L).</source>
            <translation>Aún no hay entradas de networking: registra una (Ctrl+L).</translation>
        </message>
        <message>
            <source>I introduced {a} to {b}</source>
            <translation>Presenté a {a} a {b}</translation>
        </message>
        <message>
            <source>{a} introduced me to {b}</source>
            <translation>{a} me presentó a {b}</translation>
        </message>
        <message>
            <source>No introductions yet</source>
            <translation>Aún no hay presentaciones</translation>
        </message>
    </context>
    <context>
        <name>ObjectionsEditor</name>
        <message>
            <source>Objections</source>
            <translation>Objeciones</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Objeción</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detalle</translation>
        </message>
        <message>
            <source>Our response</source>
            <translation>Nuestra respuesta</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Add objection</source>
            <translation>Añadir objeción</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the selected objection</source>
            <translation>Quitar la objeción seleccionada</translation>
        </message>
        <message>
            <source>Objection category</source>
            <translation>Categoría de la objeción</translation>
        </message>
        <message>
            <source>Objection outcome</source>
            <translation>Resultado de la objeción</translation>
        </message>
        <message>
            <source>What they said</source>
            <translation>Qué dijeron</translation>
        </message>
        <message>
            <source>How we answered</source>
            <translation>Cómo respondimos</translation>
        </message>
    </context>
    <context>
        <name>OfferBar</name>
        <message>
            <source>Suggested follow-up</source>
            <translation>Seguimiento sugerido</translation>
        </message>
        <message>
            <source>Add follow-up</source>
            <translation>Añadir seguimiento</translation>
        </message>
        <message>
            <source>Add the suggested follow-up</source>
            <translation>Añadir el seguimiento sugerido</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Dismiss the suggestion</source>
            <translation>Descartar la sugerencia</translation>
        </message>
        <message>
            <source>You introduced {name} to someone. Record who, to follow how it goes?</source>
            <translation>Has presentado a {name} a alguien. ¿Registras a quién, para seguir cómo va?</translation>
        </message>
        <message>
            <source>{name} introduced you to someone. Record who?</source>
            <translation>{name} te ha presentado a alguien. ¿Registras a quién?</translation>
        </message>
        <message>
            <source>Record introduction…</source>
            <translation>Registrar presentación…</translation>
        </message>
        <message>
            <source>Deal won! Add a follow-up “{title}” on {day}?</source>
            <translation>¡Oportunidad ganada! ¿Añadir un seguimiento «{title}» el {day}?</translation>
        </message>
        <message>
            <source>Add a follow-up “{title}” on {day}?</source>
            <translation>¿Añadir un seguimiento «{title}» el {day}?</translation>
        </message>
        <message>
            <source>Cannot add the follow-up</source>
            <translation>No se puede añadir el seguimiento</translation>
        </message>
    </context>
    <context>
        <name>Offers</name>
        <message>
            <source>Check that {name} is happy with “{deal}”</source>
            <translation>Comprobar la satisfacción de {name} con «{deal}»</translation>
        </message>
        <message>
            <source>Send {name} a thank-you note</source>
            <translation>Enviar una nota de agradecimiento a {name}</translation>
        </message>
        <message>
            <source>Record the introduction with {name}</source>
            <translation>Registrar la presentación con {name}</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>&amp;Go to Anything…</source>
            <translation>&amp;Ir a cualquier sitio…</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Oportunidad</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>Go to section</source>
            <translation>Ir a la sección</translation>
        </message>
    </context>
    <context>
        <name>PhotoField</name>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Elegir una foto</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove the photo</source>
            <translation>Quitar la foto</translation>
        </message>
        <message>
            <source>web photo</source>
            <translation>foto en la web</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>sin foto</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
            <translation>Imágenes (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>The photo cannot be read ({reason}).</source>
            <translation>No se puede leer la foto ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>Pipeline</name>
        <message numerus="yes">
            <source>%n day(s) in stage</source>
            <translation>
                <numerusform>%n día en la etapa</numerusform>
                <numerusform>%n días en la etapa</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PipelineView</name>
        <message>
            <source>Pipeline</source>
            <translation>Pipeline</translation>
        </message>
        <message>
            <source>Move to previous stage</source>
            <translation>Mover a la etapa anterior</translation>
        </message>
        <message>
            <source>Move to next stage</source>
            <translation>Mover a la etapa siguiente</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Mover a</translation>
        </message>
        <message>
            <source>Move to…</source>
            <translation>Mover a…</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Adelante</translation>
        </message>
        <message>
            <source>Move the selected deal to a stage</source>
            <translation>Mover la oportunidad seleccionada a una etapa</translation>
        </message>
        <message>
            <source>Drag a deal to another column, or select it and press Ctrl+→ / Ctrl+←.</source>
            <translation>Arrastra una oportunidad a otra columna, o selecciónala y pulsa Ctrl+→ / Ctrl+←.</translation>
        </message>
        <message>
            <source>Select a deal to see its stage history.</source>
            <translation>Selecciona una oportunidad para ver su historial de etapas.</translation>
        </message>
        <message>
            <source>Stage history of the selected deal</source>
            <translation>Historial de etapas de la oportunidad seleccionada</translation>
        </message>
        <message>
            <source>%1 — %2 · %3 · probability %4 % · expected close %5</source>
            <translation>%1 — %2 · %3 · probabilidad %4 % · cierre previsto %5</translation>
        </message>
        <message>
            <source>Lost because: %1</source>
            <translation>Perdida porque: %1</translation>
        </message>
        <message>
            <source>Deal lost</source>
            <translation>Oportunidad perdida</translation>
        </message>
        <message>
            <source>Why was the deal lost? (for example: chose a competitor)</source>
            <translation>¿Por qué se perdió la oportunidad? (por ejemplo: eligieron a la competencia)</translation>
        </message>
        <message>
            <source>Say why the deal was lost.</source>
            <translation>Indica por qué se perdió la oportunidad.</translation>
        </message>
        <message>
            <source>Cannot move the deal</source>
            <translation>No se puede mover la oportunidad</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Preference pages</source>
            <translation>Páginas de preferencias</translation>
        </message>
    </context>
    <context>
        <name>PurgeContact</name>
        <message>
            <source>Delete permanently?</source>
            <translation>¿Eliminar para siempre?</translation>
        </message>
        <message>
            <source>Delete {name} and everything about them for good? Their entries, follow-ups, deals and introductions are erased from the journal file and cannot be restored.</source>
            <translation>¿Eliminar a {name} y todo lo suyo para siempre? Sus entradas, seguimientos, negocios y presentaciones se borran del archivo del diario y no se pueden recuperar.</translation>
        </message>
        <message>
            <source>Not removed: what you wrote about them in other people's entries or notes, exports you made, and copies of the journal or of backups kept elsewhere.</source>
            <translation>No se elimina: lo que escribiste sobre esta persona en entradas o notas de otras personas, las exportaciones que hiciste y las copias del diario o de las copias de seguridad guardadas en otros sitios.</translation>
        </message>
        <message>
            <source>With the option below, each backup is rewritten without them and checked; one that cannot be is left as it was and named. Without it, the backups keep them until they are thinned out (up to 12 months).</source>
            <translation>Con la opción de abajo, cada copia de seguridad se reescribe sin esta persona y se comprueba; la que no se pueda reescribir se deja como estaba y se indica. Sin ella, las copias la conservan hasta que se descartan (hasta 12 meses).</translation>
        </message>
        <message numerus="yes">
            <source>Also remove them from the %n backups that hold them</source>
            <translation>
                <numerusform>Eliminarla también de la copia de seguridad que la contiene</numerusform>
                <numerusform>Eliminarla también de las %n copias de seguridad que la contienen</numerusform>
            </translation>
        </message>
        <message>
            <source>Backups cleaned</source>
            <translation>Copias de seguridad limpias</translation>
        </message>
        <message numerus="yes">
            <source>{name} was removed from %n backups.</source>
            <translation>
                <numerusform>{name} se eliminó de %n copia de seguridad.</numerusform>
                <numerusform>{name} se eliminó de %n copias de seguridad.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} was removed from %n backups, but these could not be rewritten and still hold them (they were left as they were):

{files}</source>
            <translation>
                <numerusform>{name} se eliminó de %n copia de seguridad, pero estas no se pudieron reescribir y todavía la contienen (se dejaron como estaban):

{files}</numerusform>
                <numerusform>{name} se eliminó de %n copias de seguridad, pero estas no se pudieron reescribir y todavía la contienen (se dejaron como estaban):

{files}</numerusform>
            </translation>
        </message>
        <message>
            <source>The backups could not be cleaned ({error}); they were left as they were.</source>
            <translation>No se pudieron limpiar las copias de seguridad ({error}); se dejaron como estaban.</translation>
        </message>
        <message>
            <source>Some backups still hold them</source>
            <translation>Algunas copias de seguridad todavía la contienen</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <extracomment>Two labels of Qt's own file dialog, as Qt 6 writes them (with an access key), that Qt's Spanish catalog lacks: ours carries them (the translator installed last is asked first).</extracomment>
            <translation>&amp;Buscar en:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Archivos de &amp;tipo:</translation>
        </message>
    </context>
    <context>
        <name>QuickCapture</name>
        <message>
            <source>@{name} — which one? (choose below)</source>
            <translation>@{name}: ¿cuál? (elige abajo)</translation>
        </message>
        <message>
            <source>{name} — not in your contacts yet</source>
            <translation>{name}: aún no está en tus contactos</translation>
        </message>
        <message>
            <source>nobody yet — type @ and a name</source>
            <translation>nadie aún: escribe @ y un nombre</translation>
        </message>
        <message>
            <source>you said so</source>
            <translation>lo has dicho tú</translation>
        </message>
        <message>
            <source>a deal is named</source>
            <translation>se nombra una oportunidad</translation>
        </message>
        <message>
            <source>an objection</source>
            <translation>una objeción</translation>
        </message>
        <message>
            <source>value given or received</source>
            <translation>valor dado o recibido</translation>
        </message>
        <message>
            <source>they have an open deal</source>
            <translation>tiene una oportunidad abierta</translation>
        </message>
        <message>
            <source>the usual</source>
            <translation>lo habitual</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>{direction}: {what}</source>
            <translation>{direction}: {what}</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Objeción</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Oportunidad</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>today at {time}</source>
            <translation>hoy a las {time}</translation>
        </message>
        <message>
            <source>Quic&amp;k Capture…</source>
            <translation>Captura rápi&amp;da…</translation>
        </message>
    </context>
    <context>
        <name>QuickCaptureWindow</name>
        <message>
            <source>Quick capture</source>
            <translation>Captura rápida</translation>
        </message>
        <message>
            <source>Quick capture — Networking Journal</source>
            <translation>Captura rápida — Networking Journal</translation>
        </message>
        <message>
            <source>What happened, with whom</source>
            <translation>Qué pasó, y con quién</translation>
        </message>
        <message>
            <source>coffee with @Ana, gave advice, follow up in 2 weeks</source>
            <translation>café con @Ana, le di consejo, seguimiento en 2 semanas</translation>
        </message>
        <message>
            <source>What was understood, marked in the line</source>
            <translation>Lo que se ha entendido, marcado en la línea</translation>
        </message>
        <message>
            <source>Contacts it could be</source>
            <translation>Contactos que podrían ser</translation>
        </message>
        <message>
            <source>Add them as a new contact</source>
            <translation>Añadirlo como contacto nuevo</translation>
        </message>
        <message>
            <source>Also record the introduction</source>
            <translation>Registrar también la presentación</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Take back what was just saved</source>
            <translation>Deshacer lo que se acaba de guardar</translation>
        </message>
        <message>
            <source>Save (Enter)</source>
            <translation>Guardar (Intro)</translation>
        </message>
        <message>
            <source>Save what you typed</source>
            <translation>Guardar lo escrito</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Cerrar (Esc)</translation>
        </message>
        <message>
            <source>Close quick capture</source>
            <translation>Cerrar la captura rápida</translation>
        </message>
        <message>
            <source>Getting ready to read dates…</source>
            <translation>Preparando la lectura de fechas…</translation>
        </message>
    </context>
    <context>
        <name>QuotaBox</name>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>No quota</source>
            <translation>Sin cuota</translation>
        </message>
        <message>
            <source>Won %1 in %2. No quota set.</source>
            <translation>Ganado %1 en %2. Sin cuota fijada.</translation>
        </message>
        <message>
            <source>Won %1 of %3 in %2 (%4 to go).</source>
            <translation>Ganado %1 de %3 en %2 (faltan %4).</translation>
        </message>
        <message>
            <source>Open deals expected to close then, weighted by probability: %1</source>
            <translation>Oportunidades abiertas con cierre previsto en ese periodo, ponderadas por probabilidad: %1</translation>
        </message>
        <message>
            <source>In %1: won %2, weighted forecast %3 (no quota in %1).</source>
            <translation>En %1: ganado %2, previsión ponderada %3 (sin cuota en %1).</translation>
        </message>
    </context>
    <context>
        <name>QuotaDialog</name>
        <message>
            <source>Set quota</source>
            <translation>Fijar cuota</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <source>Which month or quarter</source>
            <translation>Qué mes o trimestre</translation>
        </message>
        <message>
            <source>Target amount</source>
            <translation>Importe objetivo</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Periodo</translation>
        </message>
        <message>
            <source>&amp;Starting</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>&amp;Target</source>
            <translation>&amp;Objetivo</translation>
        </message>
        <message>
            <source>&amp;Currency</source>
            <translation>&amp;Moneda</translation>
        </message>
        <message>
            <source>&amp;Remove quota</source>
            <translation>&amp;Quitar cuota</translation>
        </message>
        <message>
            <source>Remove the quota of this period</source>
            <translation>Quitar la cuota de este periodo</translation>
        </message>
    </context>
    <context>
        <name>ReciprocityTab</name>
        <message>
            <source>Value given and received by type</source>
            <translation>Valor aportado y recibido por tipo</translation>
        </message>
        <message>
            <source>Relationships where I have only been taking</source>
            <translation>Relaciones en las que solo he recibido</translation>
        </message>
        <message>
            <source>&lt;b&gt;Only taking&lt;/b&gt; — they gave, I gave nothing back (last 12 months)</source>
            <translation>&lt;b&gt;Solo recibo&lt;/b&gt;: ellos aportaron y yo no les devolví nada (últimos 12 meses)</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>Could not count: {error}</source>
            <translation>No se pudo contar: {error}</translation>
        </message>
        <message>
            <source>In the last 12 months you gave %1 and received %2 (balance %3).</source>
            <translation>En los últimos 12 meses aportaste %1 y recibiste %2 (balance %3).</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>I gave</source>
            <translation>Aporté</translation>
        </message>
        <message>
            <source>I received</source>
            <translation>Recibí</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Times they gave</source>
            <translation>Veces que aportaron</translation>
        </message>
        <message>
            <source>Last time</source>
            <translation>Última vez</translation>
        </message>
    </context>
    <context>
        <name>Reconnect</name>
        <message>
            <source>Cadence in days</source>
            <translation>Frecuencia en días</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
    </context>
    <context>
        <name>ReconnectModel</name>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Overdue by</source>
            <translation>Retraso</translation>
        </message>
        <message>
            <source>Cadence</source>
            <translation>Frecuencia</translation>
        </message>
        <message>
            <source>Last talk</source>
            <translation>Última conversación</translation>
        </message>
        <message>
            <source>What it was</source>
            <translation>De qué se trató</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n day(s)</source>
            <translation>
                <numerusform>cada día</numerusform>
                <numerusform>cada %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>(networking)</source>
            <translation>(networking)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nunca</translation>
        </message>
    </context>
    <context>
        <name>ReconnectView</name>
        <message>
            <source>1 week</source>
            <translation>1 semana</translation>
        </message>
        <message>
            <source>2 weeks</source>
            <translation>2 semanas</translation>
        </message>
        <message>
            <source>1 month</source>
            <translation>1 mes</translation>
        </message>
        <message>
            <source>Reconnect</source>
            <translation>Retomar contacto</translation>
        </message>
        <message>
            <source>Contacts overdue for a conversation, most overdue first</source>
            <translation>Contactos con los que toca hablar, primero los más atrasados</translation>
        </message>
        <message>
            <source>Log interaction…</source>
            <translation>Registrar interacción…</translation>
        </message>
        <message>
            <source>Log an interaction with the selected person (Ctrl+L)</source>
            <translation>Registrar una interacción con la persona seleccionada (Ctrl+L)</translation>
        </message>
        <message>
            <source>Snooze the reminder for a week</source>
            <translation>Posponer el recordatorio una semana</translation>
        </message>
        <message>
            <source>Snooze a week</source>
            <translation>Posponer una semana</translation>
        </message>
        <message>
            <source>Cadence…</source>
            <translation>Frecuencia…</translation>
        </message>
        <message>
            <source>Cadence by tag…</source>
            <translation>Frecuencia por etiqueta…</translation>
        </message>
        <message>
            <source>Record introduction…</source>
            <translation>Registrar presentación…</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) overdue for a conversation</source>
            <translation>
                <numerusform>%n contacto con el que toca hablar</numerusform>
                <numerusform>%n contactos con los que toca hablar</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody is overdue. Well done.</source>
            <translation>No hay nadie atrasado. Bien hecho.</translation>
        </message>
        <message>
            <source>Cannot snooze</source>
            <translation>No se puede posponer</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>Show Networking Journal</source>
            <translation>Mostrar Networking Journal</translation>
        </message>
        <message numerus="yes">
            <source>Networking Journal — %n follow-up(s) due</source>
            <translation>
                <numerusform>Networking Journal — %n seguimiento pendiente</numerusform>
                <numerusform>Networking Journal — %n seguimientos pendientes</numerusform>
            </translation>
        </message>
        <message>
            <source>Networking Journal — nothing due</source>
            <translation>Networking Journal — nada pendiente</translation>
        </message>
        <message>
            <source>Still running</source>
            <translation>Sigue en marcha</translation>
        </message>
        <message>
            <source>Reminders keep coming. Quit from the tray menu or File ▸ Quit.</source>
            <translation>Los recordatorios siguen llegando. Sal desde el menú de la bandeja o con Archivo ▸ Salir.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Last time ({day}): “{text}”</source>
            <translation>Última vez ({day}): «{text}»</translation>
        </message>
        <message>
            <source>Deal: {deal} — {stage}</source>
            <translation>Oportunidad: {deal} — {stage}</translation>
        </message>
        <message>
            <source>Why: follows “{text}” ({day})</source>
            <translation>Motivo: sigue a «{text}» ({day})</translation>
        </message>
        <message>
            <source>Why: for the deal “{deal}”</source>
            <translation>Motivo: para la oportunidad «{deal}»</translation>
        </message>
        <message>
            <source>Birthday today: {names}</source>
            <translation>Hoy es el cumpleaños de: {names}</translation>
        </message>
        <message numerus="yes">
            <source>%n people are due for a conversation</source>
            <translation>
                <numerusform>Toca hablar con %n persona</numerusform>
                <numerusform>Toca hablar con %n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hora</numerusform>
                <numerusform>%n horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Due Now Panel</source>
            <translation>Panel de &amp;pendientes</translation>
        </message>
        <message>
            <source>Missed follow-up: {title}</source>
            <translation>Seguimiento perdido: {title}</translation>
        </message>
        <message>
            <source>Follow-up due: {title}</source>
            <translation>Seguimiento pendiente: {title}</translation>
        </message>
        <message>
            <source>{name} · due {when}</source>
            <translation>{name} · vence {when}</translation>
        </message>
        <message numerus="yes">
            <source>You missed %n reminder(s) while away</source>
            <translation>
                <numerusform>Te perdiste %n recordatorio mientras no estabas</numerusform>
                <numerusform>Te perdiste %n recordatorios mientras no estabas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s) due</source>
            <translation>
                <numerusform>%n seguimiento pendiente</numerusform>
                <numerusform>%n seguimientos pendientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>y %n más</numerusform>
                <numerusform>y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them just fell due.</source>
            <translation>
                <numerusform>%n acaba de vencer.</numerusform>
                <numerusform>%n acaban de vencer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
    </context>
    <context>
        <name>RemindersPage</name>
        <message>
            <source>Default reminder time</source>
            <translation>Hora predeterminada de los recordatorios</translation>
        </message>
        <message>
            <source>Short snooze in minutes</source>
            <translation>Posposición corta en minutos</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Long snooze in minutes</source>
            <translation>Posposición larga en minutos</translation>
        </message>
        <message>
            <source>Offer a follow-up after a won deal or a networking meeting</source>
            <translation>Proponer un seguimiento tras ganar una oportunidad o tras una reunión de networking</translation>
        </message>
        <message>
            <source>Offer follow-ups</source>
            <translation>Proponer seguimientos</translation>
        </message>
        <message>
            <source>Satisfaction check after days</source>
            <translation>Comprobación de satisfacción tras días</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Follow-ups without a time, birthdays and reconnect reminders ring at this time.</source>
            <translation>Los seguimientos sin hora, los cumpleaños y los recordatorios para retomar contacto avisan a esta hora.</translation>
        </message>
        <message>
            <source>Default reminder &amp;time:</source>
            <translation>&amp;Hora de los recordatorios:</translation>
        </message>
        <message>
            <source>&amp;Short snooze:</source>
            <translation>Posposición &amp;corta:</translation>
        </message>
        <message>
            <source>&amp;Long snooze:</source>
            <translation>Posposición &amp;larga:</translation>
        </message>
        <message>
            <source>Satisfaction &amp;check after:</source>
            <translation>Comprobar la &amp;satisfacción tras:</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde copia de seguridad</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>What the backup holds</source>
            <translation>Qué contiene la copia</translation>
        </message>
        <message>
            <source>There are no backups of this journal yet. Use File &gt; Back up now.</source>
            <translation>Aún no hay copias de seguridad de este diario. Usa Archivo &gt; Hacer copia de seguridad ahora.</translation>
        </message>
        <message>
            <source>&amp;Restore this backup…</source>
            <translation>&amp;Restaurar esta copia…</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Restaurar esta copia</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>at start-up</source>
            <translation>al iniciar</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>diaria</translation>
        </message>
        <message>
            <source>by you</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>antes de una actualización</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>antes de una restauración</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>antes de una importación</translation>
        </message>
        <message>
            <source>{contacts} contacts, {entries} entries, made {when}.</source>
            <translation>{contacts} contactos, {entries} entradas, creada {when}.</translation>
        </message>
        <message>
            <source>Recently changed contacts</source>
            <translation>Contactos cambiados recientemente</translation>
        </message>
        <message>
            <source>Latest entries</source>
            <translation>Últimas entradas</translation>
        </message>
        <message>
            <source>Replace the journal with the backup from {when} ({contacts} contacts, {entries} entries)?

The journal as it is now is backed up first, so you can come back to it.</source>
            <translation>¿Sustituir el diario por la copia de {when} ({contacts} contactos, {entries} entradas)?

Antes se hace una copia de seguridad del diario tal como está ahora, para que puedas volver a él.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia?</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>The journal's folder cannot be written to (it is read-only or you may not write there), so the last change could not be saved. Everything saved before is safe. Check that the disk is connected and writable, then try again.</source>
            <translation>No se puede escribir en la carpeta del diario (es de solo lectura o no tienes permiso), así que no se ha podido guardar el último cambio. Todo lo guardado antes está a salvo. Comprueba que el disco esté conectado y admita escritura, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>There is no journal at {path} to back up.</source>
            <translation>No hay ningún diario en {path} del que hacer copia.</translation>
        </message>
        <message>
            <source>{path} already exists. Choose a new file name for the backup.</source>
            <translation>{path} ya existe. Elige otro nombre de archivo para la copia.</translation>
        </message>
        <message>
            <source>Too many backups in one second; try again in a moment.</source>
            <translation>Demasiadas copias de seguridad en un mismo segundo; inténtalo de nuevo dentro de un momento.</translation>
        </message>
        <message>
            <source>The backup could not be verified, so it was not kept. The journal may be damaged: use Help &gt; Check database.</source>
            <translation>No se ha podido verificar la copia, así que no se ha conservado. Puede que el diario esté dañado: usa Ayuda &gt; Comprobar base de datos.</translation>
        </message>
        <message>
            <source>The backup could not be written ({error}). The journal was not changed.</source>
            <translation>No se ha podido escribir la copia ({error}). El diario no ha cambiado.</translation>
        </message>
        <message>
            <source>The journal file {name} is empty (0 bytes): its contents were lost.</source>
            <translation>El archivo del diario {name} está vacío (0 bytes): su contenido se ha perdido.</translation>
        </message>
        <message>
            <source>The file {name} is not a journal database: it holds something else entirely.</source>
            <translation>El archivo {name} no es una base de datos del diario: contiene algo totalmente distinto.</translation>
        </message>
        <message>
            <source>The beginning of the journal file {name} is damaged, so it cannot be read safely.</source>
            <translation>El principio del archivo del diario {name} está dañado, así que no se puede leer con seguridad.</translation>
        </message>
        <message>
            <source>The journal file {name} is shorter than it should be: part of it was cut off.</source>
            <translation>El archivo del diario {name} es más corto de lo que debería: se ha perdido una parte.</translation>
        </message>
        <message>
            <source>The disk is full, so what you were saving (a change, an import, a backup or an export) could not be written. Nothing was half-written and everything saved before is safe. Free some space on the disk that holds {folder} (delete or move large files, empty the trash), then try again.</source>
            <translation>El disco está lleno, así que lo que estabas guardando (un cambio, una importación, una copia de seguridad o una exportación) no se ha podido escribir. Nada ha quedado a medias y todo lo guardado antes está a salvo. Libera espacio en el disco que contiene {folder} (borra o mueve archivos grandes, vacía la papelera) y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Another program kept the journal busy for more than {seconds} seconds (another Networking Journal window, an import or a command), so the last change was not saved. Nothing was half-saved. Wait until the other program has finished, then try again.</source>
            <translation>Otro programa ha tenido ocupado el diario durante más de {seconds} segundos (otra ventana de Networking Journal, una importación o un comando), así que el último cambio no se ha guardado. Nada ha quedado a medias. Espera a que el otro programa termine y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The journal file {name} is damaged: some of its pages do not read back correctly.</source>
            <translation>El archivo del diario {name} está dañado: algunas de sus páginas no se leen correctamente.</translation>
        </message>
        <message>
            <source>Nothing more was written to it. Open Networking Journal to restore the newest verified backup (the damaged file is kept), or run 'networking-journal check' for details.</source>
            <translation>No se ha escrito nada más en él. Abre Networking Journal para restaurar la copia verificada más reciente (el archivo dañado se conserva) o ejecuta «networking-journal check» para ver los detalles.</translation>
        </message>
        <message>
            <source>Next to the journal file {name} there is a recent-changes file (ending in -wal) that belongs to a different file. Using it would mix two journals.</source>
            <translation>Junto al archivo del diario {name} hay un archivo de cambios recientes (acabado en -wal) que pertenece a otro archivo. Usarlo mezclaría dos diarios.</translation>
        </message>
        <message>
            <source>The recent-changes file of {name} (ending in -wal) is damaged, so it cannot be read safely.</source>
            <translation>El archivo de cambios recientes de {name} (acabado en -wal) está dañado, así que no se puede leer con seguridad.</translation>
        </message>
        <message>
            <source>The file {name} is a database, but not a Networking Journal database.</source>
            <translation>El archivo {name} es una base de datos, pero no de Networking Journal.</translation>
        </message>
        <message>
            <source>The journal {name} was written by a newer version of Networking Journal. Install the newer version to open it. The file has not been changed.</source>
            <translation>El diario {name} se escribió con una versión más reciente de Networking Journal. Instala esa versión para abrirlo. El archivo no ha cambiado.</translation>
        </message>
        <message>
            <source>The journal file {name} cannot be read. Check that the disk is connected and readable.</source>
            <translation>No se puede leer el archivo del diario {name}. Comprueba que el disco esté conectado y se pueda leer.</translation>
        </message>
        <message>
            <source>{name} is a folder, not a journal file. Give the journal file itself (for example journal.sqlite3 in that folder).</source>
            <translation>{name} es una carpeta, no un archivo de diario. Indica el propio archivo del diario (por ejemplo journal.sqlite3 dentro de esa carpeta).</translation>
        </message>
        <message>
            <source>The backup {name} was made by a newer version of Networking Journal (schema {found}; this version understands up to {known}). Install the newer version to restore it. Nothing was changed.</source>
            <translation>La copia {name} se hizo con una versión más reciente de Networking Journal (esquema {found}; esta versión entiende hasta el {known}). Instala esa versión para restaurarla. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The backup {name} cannot be used: {reason} Nothing was changed; choose another backup.</source>
            <translation>No se puede usar la copia {name}: {reason} No se ha cambiado nada; elige otra copia.</translation>
        </message>
        <message>
            <source>The backup {name} is empty. Nothing was changed.</source>
            <translation>La copia {name} está vacía. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>There is no backup at {path}.</source>
            <translation>No hay ninguna copia en {path}.</translation>
        </message>
        <message>
            <source>That file is the journal itself, not a backup.</source>
            <translation>Ese archivo es el propio diario, no una copia.</translation>
        </message>
        <message>
            <source>The journal was not replaced: {reason}</source>
            <translation>El diario no se ha sustituido: {reason}</translation>
        </message>
        <message>
            <source>The current journal could not be backed up first, so it was not replaced. {reason}</source>
            <translation>No se ha podido hacer antes una copia del diario actual, así que no se ha sustituido. {reason}</translation>
        </message>
        <message>
            <source>The backup could not be restored ({error}). The journal was not changed.</source>
            <translation>No se ha podido restaurar la copia ({error}). El diario no ha cambiado.</translation>
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Algo ha fallado: {error}</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… y %n más.</numerusform>
                <numerusform>… y %n más.</numerusform>
            </translation>
        </message>
        <message>
            <source>The journal is damaged</source>
            <translation>El diario está dañado</translation>
        </message>
        <message>
            <source>The newest verified backup is from {when} ({contacts} contacts, {entries} entries).</source>
            <translation>La copia verificada más reciente es de {when} ({contacts} contactos, {entries} entradas).</translation>
        </message>
        <message>
            <source>There is no backup of this journal yet.</source>
            <translation>Aún no hay ninguna copia de este diario.</translation>
        </message>
        <message>
            <source>Nothing has been written to the file. {backup}

You can restore that backup or start with an empty journal. Either way the damaged file is kept, renamed, in the same folder.</source>
            <translation>No se ha escrito nada en el archivo. {backup}

Puedes restaurar esa copia o empezar con un diario vacío. En ambos casos, el archivo dañado se conserva, con otro nombre, en la misma carpeta.</translation>
        </message>
        <message>
            <source>Restore newest verified backup</source>
            <translation>Restaurar la copia verificada más reciente</translation>
        </message>
        <message>
            <source>Start with an empty journal</source>
            <translation>Empezar con un diario vacío</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Cannot open the journal</source>
            <translation>No se puede abrir el diario</translation>
        </message>
        <message>
            <source>The damaged file is kept as {file}.</source>
            <translation>El archivo dañado se conserva como {file}.</translation>
        </message>
        <message>
            <source>Networking Journal</source>
            <translation>Networking Journal</translation>
        </message>
        <message>
            <source>Checking the journal {name} before opening it… (a big journal takes a few seconds)</source>
            <translation>Comprobando el diario {name} antes de abrirlo… (un diario grande tarda unos segundos)</translation>
        </message>
        <message>
            <source>Checking the journal</source>
            <translation>Comprobando el diario</translation>
        </message>
        <message>
            <source>No journal there</source>
            <translation>Ahí no hay ningún diario</translation>
        </message>
        <message>
            <source>There is no journal at {path}.

If you meant an existing journal, choose No and check the name. Choose Yes to start a new, empty journal there.</source>
            <translation>No hay ningún diario en {path}.

Si te referías a un diario que ya existe, elige No y revisa el nombre. Elige Sí para empezar ahí un diario nuevo y vacío.</translation>
        </message>
        <message>
            <source>Could not restore the backup</source>
            <translation>No se ha podido restaurar la copia</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Copia restaurada</translation>
        </message>
        <message>
            <source>The backup from {when} was restored ({contacts} contacts).</source>
            <translation>Se ha restaurado la copia de {when} ({contacts} contactos).</translation>
        </message>
        <message>
            <source>Starting with an empty journal</source>
            <translation>Empezando con un diario vacío</translation>
        </message>
        <message>
            <source>Opening the journal</source>
            <translation>Abriendo el diario</translation>
        </message>
        <message>
            <source>This journal needs an upgrade, but a backup could not be made first, so it was left as it was. {reason}</source>
            <translation>Este diario necesita una actualización, pero antes no se ha podido hacer una copia, así que se ha dejado como estaba. {reason}</translation>
        </message>
        <message>
            <source>A backup or check is already running; try again in a moment.</source>
            <translation>Ya hay una copia o una comprobación en curso; vuelve a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Haciendo copia de seguridad…</translation>
        </message>
        <message>
            <source>Backup saved and verified: {contacts} contacts, {entries} entries.</source>
            <translation>Copia guardada y verificada: {contacts} contactos, {entries} entradas.</translation>
        </message>
        <message>
            <source>The backup failed.</source>
            <translation>La copia de seguridad ha fallado.</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Copia de seguridad fallida</translation>
        </message>
        <message>
            <source>Nothing to back up yet.</source>
            <translation>Aún no hay nada que copiar.</translation>
        </message>
        <message>
            <source>Checking the journal…</source>
            <translation>Comprobando el diario…</translation>
        </message>
        <message>
            <source>Check database</source>
            <translation>Comprobar base de datos</translation>
        </message>
        <message>
            <source>The journal is fine.</source>
            <translation>El diario está bien.</translation>
        </message>
        <message>
            <source>No problems found: {contacts} contacts and {entries} entries, all readable.</source>
            <translation>No se han encontrado problemas: {contacts} contactos y {entries} entradas, todo legible.</translation>
        </message>
        <message>
            <source>Problems were found. {reason}

Keep working only if you must; restore a recent backup with File &gt; Restore from backup… to be safe.

{details}</source>
            <translation>Se han encontrado problemas. {reason}

Sigue trabajando solo si es imprescindible; para ir sobre seguro, restaura una copia reciente con Archivo &gt; Restaurar desde copia de seguridad….

{details}</translation>
        </message>
        <message>
            <source>These records break the journal's rules and may not show correctly:

{details}

Edit or delete them, or restore a backup with File &gt; Restore from backup….</source>
            <translation>Estos registros no cumplen las reglas del diario y puede que no se muestren bien:

{details}

Edítalos o elimínalos, o restaura una copia de seguridad con Archivo &gt; Restaurar copia de seguridad….</translation>
        </message>
        <message>
            <source>Some of what the journal keeps for speed is out of date:

{details}

Rebuild the search indexes and the kept figures now? Your records stay as they are; a backup is made first.</source>
            <translation>Parte de lo que el diario guarda para ir más rápido está desactualizado:

{details}

¿Reconstruir ahora los índices de búsqueda y las cifras guardadas? Tus registros quedan como están; antes se hace una copia de seguridad.</translation>
        </message>
        <message>
            <source>Rebuilding the search indexes…</source>
            <translation>Reconstruyendo los índices de búsqueda…</translation>
        </message>
        <message>
            <source>The search indexes and kept figures were rebuilt.</source>
            <translation>Se reconstruyeron los índices de búsqueda y las cifras guardadas.</translation>
        </message>
        <message>
            <source>The search indexes and kept figures were rebuilt, but these records still break the journal's rules:

{details}</source>
            <translation>Se reconstruyeron los índices de búsqueda y las cifras guardadas, pero estos registros siguen sin cumplir las reglas del diario:

{details}</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restaurando…</translation>
        </message>
        <message>
            <source>Backup restored: {contacts} contacts.</source>
            <translation>Copia restaurada: {contacts} contactos.</translation>
        </message>
        <message>
            <source>The backup was restored. The journal as it was just before is kept as a backup too, so you can go back with File &gt; Restore from backup….</source>
            <translation>Se ha restaurado la copia. El diario tal como estaba justo antes también se guarda como copia, así que puedes volver a él con Archivo &gt; Restaurar desde copia de seguridad….</translation>
        </message>
        <message>
            <source>Back &amp;up now</source>
            <translation>Hacer &amp;copia de seguridad ahora</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar desde copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Check database</source>
            <translation>&amp;Comprobar base de datos</translation>
        </message>
        <message>
            <source>Next to {name} there was a recent-changes file (ending in -wal) that belongs to a different database: using it would have mixed two files. It was set aside, unchanged, as {kept}, and the journal was opened as it was last saved.</source>
            <translation>Junto a {name} había un archivo de cambios recientes (acabado en -wal) que pertenece a otra base de datos: usarlo habría mezclado dos archivos. Se ha apartado, sin cambios, como {kept}, y el diario se ha abierto tal como se guardó por última vez.</translation>
        </message>
        <message>
            <source>Other users of this computer could read the journal {name}; it is now readable by you only.</source>
            <translation>Otros usuarios de este ordenador podían leer el diario {name}; ahora solo tú puedes leerlo.</translation>
        </message>
        <message>
            <source>The search index of the entries does not match the entries ({detail}).</source>
            <translation>El índice de búsqueda de las entradas no coincide con las entradas ({detail}).</translation>
        </message>
        <message numerus="yes">
            <source>The search index is out of date for %n contacts ({names}).</source>
            <translation>
                <numerusform>El índice de búsqueda está desactualizado para %n contacto ({names}).</numerusform>
                <numerusform>El índice de búsqueda está desactualizado para %n contactos ({names}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The figures kept for %n contacts (last talk, counts, next follow-up) do not match their records ({names}).</source>
            <translation>
                <numerusform>Las cifras guardadas de %n contacto (última conversación, recuentos, próximo seguimiento) no coinciden con sus registros ({names}).</numerusform>
                <numerusform>Las cifras guardadas de %n contactos (última conversación, recuentos, próximo seguimiento) no coinciden con sus registros ({names}).</numerusform>
            </translation>
        </message>
        <message>
            <source>{who}{table} record {row}: {column} is kept as “{stored}” instead of “{expected}”.</source>
            <translation>{who}{table}, registro {row}: {column} está guardado como «{stored}» en lugar de «{expected}».</translation>
        </message>
        <message>
            <source>{who}{table} record {row}, {column}: {problem}</source>
            <translation>{who}{table}, registro {row}, {column}: {problem}</translation>
        </message>
        <message>
            <source>An import was interrupted before it finished (the app or the computer stopped), so what it had written was taken back: the journal is as it was before that import. Import the file again to bring its contacts in.</source>
            <translation>Una importación se interrumpió antes de terminar (se cerró la aplicación o se apagó el ordenador), así que se ha deshecho lo que había escrito: el diario está como antes de esa importación. Vuelve a importar el archivo para traer sus contactos.</translation>
        </message>
    </context>
    <context>
        <name>Sales</name>
        <message>
            <source>M</source>
            <translation>M</translation>
        </message>
        <message>
            <source>k</source>
            <translation>k</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 días</translation>
        </message>
    </context>
    <context>
        <name>SalesTab</name>
        <message>
            <source>Sales</source>
            <translation>Ventas</translation>
        </message>
        <message>
            <source>Add deal…</source>
            <translation>Añadir oportunidad…</translation>
        </message>
        <message>
            <source>Add a deal</source>
            <translation>Añadir una oportunidad</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Oportunidad</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Probabilidad</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Cierre previsto</translation>
        </message>
        <message>
            <source>Sales timeline</source>
            <translation>Cronología de ventas</translation>
        </message>
        <message>
            <source>Sales follow-ups</source>
            <translation>Seguimientos de ventas</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Lost: {reason}</source>
            <translation>Perdida: {reason}</translation>
        </message>
        <message>
            <source>No deals yet — add one to track its stage and value.</source>
            <translation>Aún no hay oportunidades: añade una para seguir su etapa y su valor.</translation>
        </message>
        <message numerus="yes">
            <source>%n open deals</source>
            <translation>
                <numerusform>%n oportunidad abierta</numerusform>
                <numerusform>%n oportunidades abiertas</numerusform>
            </translation>
        </message>
        <message>
            <source>1 open deal</source>
            <translation>1 oportunidad abierta</translation>
        </message>
        <message>
            <source>No sales entries yet — log one (Ctrl+L).</source>
            <translation>Aún no hay entradas de ventas: registra una (Ctrl+L).</translation>
        </message>
    </context>
    <context>
        <name>SavingCapture</name>
        <message>
            <source>entry “{summary}”</source>
            <translation>la entrada «{summary}»</translation>
        </message>
        <message>
            <source>follow-up on {day}</source>
            <translation>seguimiento el {day}</translation>
        </message>
        <message>
            <source>the introduction</source>
            <translation>la presentación</translation>
        </message>
        <message>
            <source>a new contact</source>
            <translation>un contacto nuevo</translation>
        </message>
        <message>
            <source>Saved for {name}: {what}.</source>
            <translation>Guardado para {name}: {what}.</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>No se puede deshacer</translation>
        </message>
        <message>
            <source>Taken back: it is in the trash if you want it again.</source>
            <translation>Deshecho: está en la papelera si lo quieres recuperar.</translation>
        </message>
        <message>
            <source>Enter saves. Esc closes and keeps what you typed.</source>
            <translation>Intro guarda. Esc cierra y conserva lo escrito.</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>From the search box into the list</source>
            <translation>Del cuadro de búsqueda a la lista</translation>
        </message>
        <message>
            <source>From the list into the contact's page</source>
            <translation>De la lista a la página del contacto</translation>
        </message>
        <message>
            <source>Clear the search, or back to the list</source>
            <translation>Borrar la búsqueda, o volver a la lista</translation>
        </message>
        <message>
            <source>The neighbouring column</source>
            <translation>La columna de al lado</translation>
        </message>
        <message>
            <source>Save what you typed</source>
            <translation>Guardar lo escrito</translation>
        </message>
        <message>
            <source>Undo the last capture</source>
            <translation>Deshacer la última captura</translation>
        </message>
        <message>
            <source>Cancel (asks first when you typed something)</source>
            <translation>Cancelar (pregunta antes si has escrito algo)</translation>
        </message>
        <message>
            <source>Quick capture</source>
            <translation>Captura rápida</translation>
        </message>
        <message>
            <source>Forms</source>
            <translation>Formularios</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>A&amp;tajos de teclado</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
    </context>
    <context>
        <name>ShowsUnderstanding</name>
        <message>
            <source>Name the person with @; add #sales or #networking, a date, “gave advice”, “objection price”, “follow up next tuesday”…</source>
            <translation>Nombra a la persona con @; añade #ventas o #networking, una fecha, «le di consejo», «objeción precio», «seguimiento el martes»…</translation>
        </message>
        <message>
            <source>For {name}. Enter saves; ↑↓ to choose another.</source>
            <translation>Para {name}. Intro guarda; ↑↓ para elegir a otra persona.</translation>
        </message>
        <message>
            <source>Which “{name}”? ↓ to choose, Enter to save.</source>
            <translation>¿Qué «{name}»? ↓ para elegir, Intro para guardar.</translation>
        </message>
        <message>
            <source>Did you mean one of these? ↓ to choose.</source>
            <translation>¿Querías decir una de estas personas? ↓ para elegir.</translation>
        </message>
        <message>
            <source>&amp;Add “{name}” as a new contact</source>
            <translation>&amp;Añadir «{name}» como contacto nuevo</translation>
        </message>
        <message>
            <source>Also &amp;record: I introduced {a} to {b}</source>
            <translation>&amp;Registrar también: presenté a {a} a {b}</translation>
        </message>
        <message>
            <source>Also &amp;record: {a} introduced me to {b}</source>
            <translation>&amp;Registrar también: {a} me presentó a {b}</translation>
        </message>
        <message>
            <source>{names}: not one of your contacts, so nothing is recorded about them.</source>
            <translation>{names}: no está en tus contactos, así que no se registra nada sobre esa persona.</translation>
        </message>
    </context>
    <context>
        <name>Snooze</name>
        <message>
            <source>For 1 &amp;day</source>
            <translation>Durante 1 &amp;día</translation>
        </message>
        <message>
            <source>For 1 &amp;week</source>
            <translation>Durante 1 &amp;semana</translation>
        </message>
        <message>
            <source>&amp;Snooze</source>
            <translation>&amp;Posponer</translation>
        </message>
        <message>
            <source>&amp;Pick date &amp;&amp; time…</source>
            <translation>&amp;Elegir fecha &amp;&amp; hora…</translation>
        </message>
        <message>
            <source>Snooze until</source>
            <translation>Posponer hasta</translation>
        </message>
        <message>
            <source>Remind me again on:</source>
            <translation>Recordármelo de nuevo el:</translation>
        </message>
        <message>
            <source>Choose a time in the future.</source>
            <translation>Elige un momento futuro.</translation>
        </message>
        <message>
            <source>Reschedule follow-up</source>
            <translation>Reprogramar seguimiento</translation>
        </message>
        <message>
            <source>New due date</source>
            <translation>Nueva fecha de vencimiento</translation>
        </message>
        <message>
            <source>At a set &amp;time</source>
            <translation>A una &amp;hora concreta</translation>
        </message>
        <message>
            <source>Due at a set time</source>
            <translation>Vence a una hora concreta</translation>
        </message>
        <message>
            <source>Due time</source>
            <translation>Hora de vencimiento</translation>
        </message>
        <message>
            <source>Due &amp;date:</source>
            <translation>&amp;Fecha de vencimiento:</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <source>%n deal(s)</source>
            <translation>
                <numerusform>%n oportunidad</numerusform>
                <numerusform>%n oportunidades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageHistoryModel</name>
        <message>
            <source>Created in %1 — %2</source>
            <translation>Creada en %1 — %2</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Interactions, deals and introductions</source>
            <translation>Interacciones, oportunidades y presentaciones</translation>
        </message>
        <message>
            <source>Give the user name for the server.</source>
            <translation>Indica el nombre de usuario del servidor.</translation>
        </message>
        <message>
            <source>This journal already syncs with {url}. Stop syncing there first ('sync forget').</source>
            <translation>Este diario ya se sincroniza con {url}. Deja primero de sincronizar allí («sync forget»).</translation>
        </message>
        <message>
            <source>{url} is not a collection this journal can use for {kind}.</source>
            <translation>{url} no es una colección que este diario pueda usar para {kind}.</translation>
        </message>
        <message>
            <source>Another sync of this journal is running.</source>
            <translation>Ya hay otra sincronización de este diario en marcha.</translation>
        </message>
        <message>
            <source>Sync is not set up for this journal.</source>
            <translation>La sincronización no está configurada para este diario.</translation>
        </message>
        <message>
            <source>No journal is open.</source>
            <translation>No hay ningún diario abierto.</translation>
        </message>
        <message>
            <source>The password for the sync server is needed.</source>
            <translation>Hace falta la contraseña del servidor de sincronización.</translation>
        </message>
        <message>
            <source>The server's answer was cut off or damaged; the next sync tries again.</source>
            <translation>La respuesta del servidor llegó cortada o dañada; la próxima sincronización lo vuelve a intentar.</translation>
        </message>
        <message>
            <source>The server sent the app round in circles (too many redirects).</source>
            <translation>El servidor hizo dar vueltas a la aplicación (demasiadas redirecciones).</translation>
        </message>
        <message>
            <source>The server refused to list {url} (HTTP {status}).</source>
            <translation>El servidor se negó a listar {url} (HTTP {status}).</translation>
        </message>
        <message>
            <source>No CardDAV/CalDAV account was found at {url}.</source>
            <translation>No se encontró ninguna cuenta CardDAV/CalDAV en {url}.</translation>
        </message>
        <message>
            <source>The server did not accept the user name or password.</source>
            <translation>El servidor no aceptó el nombre de usuario o la contraseña.</translation>
        </message>
        <message>
            <source>The calendar server refused: {reason}.</source>
            <translation>El servidor de calendarios se negó: {reason}.</translation>
        </message>
        <message>
            <source>The server cannot be reached.</source>
            <translation>No se puede contactar con el servidor.</translation>
        </message>
        <message>
            <source>This server has no address books.</source>
            <translation>Este servidor no tiene libretas de direcciones.</translation>
        </message>
        <message>
            <source>The server refused to create the address book (HTTP {status}).</source>
            <translation>El servidor se negó a crear la libreta de direcciones (HTTP {status}).</translation>
        </message>
        <message>
            <source>This server has no calendars.</source>
            <translation>Este servidor no tiene calendarios.</translation>
        </message>
        <message>
            <source>The server refused to create the collection again (HTTP {status}).</source>
            <translation>El servidor se negó a crear de nuevo la colección (HTTP {status}).</translation>
        </message>
        <message>
            <source>Sync was stopped.</source>
            <translation>Se detuvo la sincronización.</translation>
        </message>
        <message>
            <source>The server failed while {what} (HTTP {status}); the next sync tries again.</source>
            <translation>El servidor falló mientras {what} (HTTP {status}); la próxima sincronización lo vuelve a intentar.</translation>
        </message>
        <message>
            <source>The collection was created again; syncing again.</source>
            <translation>Se volvió a crear la colección; sincronizando de nuevo.</translation>
        </message>
        <message>
            <source>The server no longer has the {kind} collection this journal syncs with. Nothing was deleted here. Upload this journal's items again, or stop syncing?</source>
            <translation>El servidor ya no tiene la colección de {kind} con la que se sincroniza este diario. Aquí no se ha borrado nada. ¿Subir de nuevo los elementos de este diario o dejar de sincronizar?</translation>
        </message>
        <message>
            <source>The server no longer has {count} of the {total} {kind} this journal synced with it. That looks like an emptied or different server, so nothing was deleted here. Delete them here too, or upload them to the server again?</source>
            <translation>El servidor ya no tiene {count} de los {total} elementos ({kind}) que este diario sincronizó con él. Parece un servidor vaciado o distinto, así que aquí no se ha borrado nada. ¿Borrarlos también aquí o subirlos de nuevo al servidor?</translation>
        </message>
        <message>
            <source>{url} is not a valid server address.</source>
            <translation>{url} no es una dirección de servidor válida.</translation>
        </message>
        <message>
            <source>{url} is not a server address: it must start with https://.</source>
            <translation>{url} no es una dirección de servidor: debe empezar por https://.</translation>
        </message>
        <message>
            <source>Put the user name and password in their own fields, not in the address.</source>
            <translation>Escribe el usuario y la contraseña en sus campos, no en la dirección.</translation>
        </message>
        <message>
            <source>{url} uses plain http, which would send your password and your journal unencrypted. Use the https:// address of the server (plain http is allowed only to this computer).</source>
            <translation>{url} usa http sin cifrar, que enviaría tu contraseña y tu diario sin protección. Usa la dirección https:// del servidor (http sin cifrar solo se permite hacia este ordenador).</translation>
        </message>
        <message>
            <source>The server's certificate could not be verified, so nothing was sent. Check the address; a home server needs a certificate your system trusts.</source>
            <translation>No se pudo verificar el certificado del servidor, así que no se envió nada. Revisa la dirección; un servidor doméstico necesita un certificado en el que confíe tu sistema.</translation>
        </message>
        <message>
            <source>The server did not answer in time.</source>
            <translation>El servidor no respondió a tiempo.</translation>
        </message>
        <message>
            <source>That item is no longer waiting to be assigned.</source>
            <translation>Ese elemento ya no está esperando a que se asigne.</translation>
        </message>
        <message>
            <source>That item cannot be attached to one person.</source>
            <translation>Ese elemento no se puede asignar a una sola persona.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>Some items from the server belong to nobody here yet. Assign them in Preferences ▸ Sync.</source>
            <translation>Algunos elementos del servidor aún no pertenecen a nadie aquí. Asígnalos en Preferencias ▸ Sincronización.</translation>
        </message>
        <message>
            <source>Sync conflict: {field}</source>
            <translation>Conflicto de sincronización: {field}</translation>
        </message>
        <message>
            <source>Kept (the more recent edit): {kept}
Replaced: {lost}</source>
            <translation>Se conservó (la edición más reciente): {kept}
Se sustituyó: {lost}</translation>
        </message>
        <message>
            <source>Sync password</source>
            <translation>Contraseña de sincronización</translation>
        </message>
        <message>
            <source>Password for %1 on %2:</source>
            <translation>Contraseña de %1 en %2:</translation>
        </message>
        <message>
            <source>Sync needs your answer</source>
            <translation>La sincronización necesita tu respuesta</translation>
        </message>
        <message>
            <source>Delete here too</source>
            <translation>Borrar también aquí</translation>
        </message>
        <message>
            <source>Upload them again</source>
            <translation>Subirlos de nuevo</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Decidir más tarde</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Calendar address (only if it differs)</source>
            <translation>Dirección de los calendarios (solo si es otra)</translation>
        </message>
        <message>
            <source>only if calendars live at another address</source>
            <translation>solo si los calendarios están en otra dirección</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Conectar</translation>
        </message>
        <message>
            <source>Contacts:</source>
            <translation>Contactos:</translation>
        </message>
        <message>
            <source>Follow-ups:</source>
            <translation>Seguimientos:</translation>
        </message>
        <message>
            <source>Interactions, deals, introductions:</source>
            <translation>Interacciones, oportunidades, presentaciones:</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Usuario:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Con&amp;traseña:</translation>
        </message>
        <message>
            <source>C&amp;alendars:</source>
            <translation>Ca&amp;lendarios:</translation>
        </message>
        <message>
            <source>Sync automatically every (minutes, 0 = never)</source>
            <translation>Sincronizar automáticamente cada (minutos, 0 = nunca)</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Sync a few seconds after a change</source>
            <translation>Sincronizar unos segundos después de un cambio</translation>
        </message>
        <message>
            <source>Sync &amp;every:</source>
            <translation>Sincronizar &amp;cada:</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>Sincronizar &amp;ahora</translation>
        </message>
        <message>
            <source>S&amp;top syncing</source>
            <translation>&amp;Dejar de sincronizar</translation>
        </message>
        <message>
            <source>Last sync:</source>
            <translation>Última sincronización:</translation>
        </message>
        <message>
            <source>Items from the server waiting for a person</source>
            <translation>Elementos del servidor que esperan a una persona</translation>
        </message>
        <message>
            <source>Ass&amp;ign</source>
            <translation>A&amp;signar</translation>
        </message>
        <message>
            <source>Waiting for a person:</source>
            <translation>Esperan a una persona:</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>(kept)</source>
            <translation>(guardada)</translation>
        </message>
        <message>
            <source>Stays on this computer (the server keeps no journal entries)</source>
            <translation>Se queda en este ordenador (el servidor no guarda entradas de diario)</translation>
        </message>
        <message>
            <source>Sync is not set up. Nothing leaves this computer.</source>
            <translation>La sincronización no está configurada. Nada sale de este ordenador.</translation>
        </message>
        <message>
            <source>Not synced yet.</source>
            <translation>Aún no se ha sincronizado.</translation>
        </message>
        <message>
            <source>%1: sent %2, received %3, merged %4, conflicts %5</source>
            <translation>%1: enviados %2, recibidos %3, fusionados %4, conflictos %5</translation>
        </message>
        <message>
            <source>%1: did not finish. %2</source>
            <translation>%1: no terminó. %2</translation>
        </message>
        <message>
            <source>Give the server address, the user name and the password.</source>
            <translation>Indica la dirección del servidor, el usuario y la contraseña.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>The password is kept in the system keyring.</source>
            <translation>La contraseña se guarda en el llavero del sistema.</translation>
        </message>
        <message>
            <source>No keyring is available: the password is kept until you quit, and asked at the next start.</source>
            <translation>No hay llavero disponible: la contraseña se guarda hasta que salgas y se pedirá en el próximo inicio.</translation>
        </message>
        <message>
            <source>Stop syncing</source>
            <translation>Dejar de sincronizar</translation>
        </message>
        <message>
            <source>Stop syncing this journal? Its data stays here and the server is not changed.</source>
            <translation>¿Dejar de sincronizar este diario? Sus datos se quedan aquí y el servidor no cambia.</translation>
        </message>
        <message>
            <source>Choose an item and the person it belongs to.</source>
            <translation>Elige un elemento y la persona a la que pertenece.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <source>Syncing…</source>
            <translation>Sincronizando…</translation>
        </message>
        <message>
            <source>Sending and fetching changes.</source>
            <translation>Enviando y recibiendo cambios.</translation>
        </message>
        <message numerus="yes">
            <source>Offline, %n changes waiting</source>
            <translation>
                <numerusform>Sin conexión, %n cambio pendiente</numerusform>
                <numerusform>Sin conexión, %n cambios pendientes</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <source>The server cannot be reached now; changes are sent at the next sync.</source>
            <translation>Ahora no se puede contactar con el servidor; los cambios se envían en la próxima sincronización.</translation>
        </message>
        <message>
            <source>Sync needs attention</source>
            <translation>La sincronización necesita atención</translation>
        </message>
        <message>
            <source>Click to see what sync needs from you.</source>
            <translation>Haz clic para ver qué necesita la sincronización.</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Sincronizado</translation>
        </message>
        <message>
            <source>Click to sync now.</source>
            <translation>Haz clic para sincronizar ahora.</translation>
        </message>
        <message>
            <source>Sync status: %1</source>
            <translation>Estado de la sincronización: %1</translation>
        </message>
    </context>
    <context>
        <name>TagCadenceDialog</name>
        <message>
            <source>Cadence by tag</source>
            <translation>Frecuencia por etiqueta</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>No cadence</source>
            <translation>Sin frecuencia</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Cada</translation>
        </message>
        <message>
            <source>Choose a tag.</source>
            <translation>Elige una etiqueta.</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Gave %1</source>
            <translation>Aporté: %1</translation>
        </message>
        <message>
            <source>Received %1</source>
            <translation>Recibí: %1</translation>
        </message>
        <message>
            <source>Today — %1</source>
            <translation>Hoy — %1</translation>
        </message>
        <message>
            <source>Yesterday — %1</source>
            <translation>Ayer — %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Open %1's page</source>
            <translation>Abrir la página de %1</translation>
        </message>
    </context>
    <context>
        <name>TimelinePage</name>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Networking and sales</source>
            <translation>Networking y ventas</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Todos los canales</translation>
        </message>
        <message>
            <source>Fro&amp;m</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>Only entries from a date</source>
            <translation>Solo entradas desde una fecha</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Fecha inicial</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Hasta</translation>
        </message>
        <message>
            <source>Only entries up to a date</source>
            <translation>Solo entradas hasta una fecha</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Fecha final</translation>
        </message>
        <message>
            <source>Search entries</source>
            <translation>Buscar entradas</translation>
        </message>
        <message>
            <source>Search summaries and notes…</source>
            <translation>Busca en resúmenes y notas…</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Cha&amp;nnel</source>
            <translation>C&amp;anal</translation>
        </message>
        <message>
            <source>Sea&amp;rch</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>&amp;Open entry</source>
            <translation>Abrir &amp;entrada</translation>
        </message>
        <message>
            <source>Open &amp;contact</source>
            <translation>Abrir &amp;contacto</translation>
        </message>
        <message>
            <source>Open contact</source>
            <translation>Abrir contacto</translation>
        </message>
        <message>
            <source>Open the selected entry's contact</source>
            <translation>Abrir el contacto de la entrada seleccionada</translation>
        </message>
        <message>
            <source>Open the selected entry's contact (%1)</source>
            <translation>Abrir el contacto de la entrada seleccionada (%1)</translation>
        </message>
        <message>
            <source>Open entry</source>
            <translation>Abrir entrada</translation>
        </message>
        <message>
            <source>Open the selected entry</source>
            <translation>Abrir la entrada seleccionada</translation>
        </message>
        <message>
            <source>Open the selected entry (Enter or double-click)</source>
            <translation>Abrir la entrada seleccionada (Intro o doble clic)</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Buscando…</translation>
        </message>
        <message>
            <source>No entries match these filters. Clear a filter to see more.</source>
            <translation>Ninguna entrada coincide con estos filtros. Quita un filtro para ver más.</translation>
        </message>
        <message>
            <source>No entries yet — open a contact and log an interaction (Ctrl+L).</source>
            <translation>Aún no hay entradas: abre un contacto y registra una interacción (Ctrl+L).</translation>
        </message>
        <message numerus="yes">
            <source>%n entries shown</source>
            <translation>
                <numerusform>%n entrada mostrada</numerusform>
                <numerusform>%n entradas mostradas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — scroll for older entries</source>
            <translation>%1 — desplázate para ver entradas anteriores</translation>
        </message>
    </context>
    <context>
        <name>TimelineTable</name>
        <message>
            <source>Load older entries</source>
            <translation>Cargar entradas anteriores</translation>
        </message>
        <message>
            <source>The selected entry in full</source>
            <translation>La entrada seleccionada, completa</translation>
        </message>
        <message>
            <source>Select an entry to read its notes here.</source>
            <translation>Selecciona una entrada para leer aquí sus notas.</translation>
        </message>
        <message>
            <source>No notes.</source>
            <translation>Sin notas.</translation>
        </message>
    </context>
    <context>
        <name>Trash</name>
        <message>
            <source>Trash</source>
            <translation>Papelera</translation>
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message>
            <source>Trash</source>
            <translation>Papelera</translation>
        </message>
        <message>
            <source>Deleted contacts, entries, follow-ups and deals stay here until you restore them.</source>
            <translation>Los contactos, entradas, seguimientos y oportunidades eliminados se quedan aquí hasta que los restaures.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Restore the selected items</source>
            <translation>Restaurar los elementos seleccionados</translation>
        </message>
        <message>
            <source>&amp;Empty trash…</source>
            <translation>&amp;Vaciar papelera…</translation>
        </message>
        <message>
            <source>Delete everything in the trash for good</source>
            <translation>Eliminar definitivamente todo lo que hay en la papelera</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>La papelera está vacía.</translation>
        </message>
        <message>
            <source>Empty the trash?</source>
            <translation>¿Vaciar la papelera?</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) will be deleted for good. This cannot be undone.</source>
            <translation>
                <numerusform>Se eliminará %n elemento definitivamente. No se puede deshacer.</numerusform>
                <numerusform>Se eliminarán %n elementos definitivamente. No se puede deshacer.</numerusform>
            </translation>
        </message>
        <message>
            <source>The trash could not be emptied</source>
            <translation>No se pudo vaciar la papelera</translation>
        </message>
        <message>
            <source>Some items could not be restored</source>
            <translation>No se han podido restaurar algunos elementos</translation>
        </message>
    </context>
    <context>
        <name>UndoTrash</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo the last deletion</source>
            <translation>Deshacer la última eliminación</translation>
        </message>
        <message>
            <source>Moved “{what}” to the trash.</source>
            <translation>«{what}» se ha movido a la papelera.</translation>
        </message>
        <message>
            <source>&amp;Undo delete “{what}”</source>
            <translation>&amp;Deshacer la eliminación de «{what}»</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>No se puede deshacer</translation>
        </message>
        <message>
            <source>Restored “{what}”.</source>
            <translation>Se ha restaurado «{what}».</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>Write the birthday as YYYY-MM-DD, or --MM-DD without a year.</source>
            <translation>Escribe el cumpleaños como AAAA-MM-DD, o --MM-DD sin año.</translation>
        </message>
        <message>
            <source>{text} is not a real date.</source>
            <translation>{text} no es una fecha real.</translation>
        </message>
        <message>
            <source>Keep-in-touch cadence must be between 1 and {max} days.</source>
            <translation>La frecuencia de contacto debe estar entre 1 y {max} días.</translation>
        </message>
        <message>
            <source>That contact no longer exists.</source>
            <translation>Ese contacto ya no existe.</translation>
        </message>
        <message>
            <source>A contact cannot have introduced themselves.</source>
            <translation>Un contacto no puede haberse presentado a sí mismo.</translation>
        </message>
        <message>
            <source>That contact is not in the trash.</source>
            <translation>Ese contacto no está en la papelera.</translation>
        </message>
        <message>
            <source>Amounts must be exact, not floating point.</source>
            <translation>Los importes deben ser exactos, no de coma flotante.</translation>
        </message>
        <message>
            <source>{value} is not an amount.</source>
            <translation>{value} no es un importe.</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>El importe no puede ser negativo.</translation>
        </message>
        <message>
            <source>Use a three-letter currency code such as EUR or USD.</source>
            <translation>Usa un código de moneda de tres letras, como EUR o USD.</translation>
        </message>
        <message>
            <source>Probability is a percentage from 0 to 100.</source>
            <translation>La probabilidad es un porcentaje de 0 a 100.</translation>
        </message>
        <message>
            <source>Say why the deal was lost.</source>
            <translation>Indica por qué se perdió la oportunidad.</translation>
        </message>
        <message>
            <source>That deal no longer exists.</source>
            <translation>Esa oportunidad ya no existe.</translation>
        </message>
        <message>
            <source>That deal is not in the trash.</source>
            <translation>Esa oportunidad no está en la papelera.</translation>
        </message>
        <message>
            <source>Repeat every 1 to {max}.</source>
            <translation>Repite cada 1 a {max}.</translation>
        </message>
        <message>
            <source>That entry does not belong to this contact.</source>
            <translation>Esa entrada no pertenece a este contacto.</translation>
        </message>
        <message>
            <source>A follow-up cannot be due before the entry it follows ({day}).</source>
            <translation>Un seguimiento no puede vencer antes de la entrada a la que sigue ({day}).</translation>
        </message>
        <message>
            <source>That deal does not belong to this contact.</source>
            <translation>Esa oportunidad no pertenece a este contacto.</translation>
        </message>
        <message>
            <source>That follow-up no longer exists.</source>
            <translation>Ese seguimiento ya no existe.</translation>
        </message>
        <message>
            <source>That follow-up is already closed.</source>
            <translation>Ese seguimiento ya está cerrado.</translation>
        </message>
        <message>
            <source>Snooze until a time in the future.</source>
            <translation>Pospón hasta un momento futuro.</translation>
        </message>
        <message>
            <source>That follow-up is not in the trash.</source>
            <translation>Ese seguimiento no está en la papelera.</translation>
        </message>
        <message>
            <source>Given/received value belongs to networking entries.</source>
            <translation>El valor aportado o recibido solo corresponde a entradas de networking.</translation>
        </message>
        <message>
            <source>Say both what value moved and which way (gave or received).</source>
            <translation>Indica qué valor hubo y en qué sentido (aportado o recibido).</translation>
        </message>
        <message>
            <source>Only sales entries can be linked to a deal.</source>
            <translation>Solo las entradas de ventas se pueden vincular a una oportunidad.</translation>
        </message>
        <message>
            <source>That objection is not part of this entry.</source>
            <translation>Esa objeción no pertenece a esta entrada.</translation>
        </message>
        <message>
            <source>That objection is not in the trash.</source>
            <translation>Esa objeción no está en la papelera.</translation>
        </message>
        <message>
            <source>Objections belong to sales entries.</source>
            <translation>Las objeciones corresponden a entradas de ventas.</translation>
        </message>
        <message>
            <source>That entry no longer exists.</source>
            <translation>Esa entrada ya no existe.</translation>
        </message>
        <message>
            <source>That entry is not in the trash.</source>
            <translation>Esa entrada no está en la papelera.</translation>
        </message>
        <message>
            <source>Choose two different people.</source>
            <translation>Elige dos personas distintas.</translation>
        </message>
        <message>
            <source>That introduction no longer exists.</source>
            <translation>Esa presentación ya no existe.</translation>
        </message>
        <message>
            <source>That introduction is not in the trash.</source>
            <translation>Esa presentación no está en la papelera.</translation>
        </message>
        <message>
            <source>A quota starts on the first day of its period.</source>
            <translation>Una cuota empieza el primer día de su periodo.</translation>
        </message>
        <message>
            <source>That quota no longer exists.</source>
            <translation>Esa cuota ya no existe.</translation>
        </message>
        <message>
            <source>That quota is not in the trash.</source>
            <translation>Esa cuota no está en la papelera.</translation>
        </message>
        <message>
            <source>That period has another quota now; delete it first.</source>
            <translation>Ese periodo ya tiene otra cuota; elimínala primero.</translation>
        </message>
        <message>
            <source>Nothing to restore.</source>
            <translation>No hay nada que restaurar.</translation>
        </message>
        <message>
            <source>period</source>
            <extracomment>The field names the messages below may show as ``{name}`` (the UI translates them in context "Validation" too; see ``journal.ui.ask.error_text``).</extracomment>
            <translation>periodo</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>etapa</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>direction</source>
            <translation>sentido</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>resultado</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <source>recurrence unit</source>
            <translation>unidad de repetición</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>canal</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>resumen</translation>
        </message>
        <message>
            <source>value direction</source>
            <translation>sentido del valor</translation>
        </message>
        <message>
            <source>value type</source>
            <translation>tipo de valor</translation>
        </message>
        <message>
            <source>objection</source>
            <translation>objeción</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>importe</translation>
        </message>
        <message>
            <source>probability</source>
            <translation>probabilidad</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>fecha de vencimiento</translation>
        </message>
        <message>
            <source>due time</source>
            <translation>hora de vencimiento</translation>
        </message>
        <message>
            <source>occurred at</source>
            <translation>fecha y hora</translation>
        </message>
        <message>
            <source>occurred on</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>met on</source>
            <translation>fecha en que os conocisteis</translation>
        </message>
        <message>
            <source>expected close</source>
            <translation>cierre previsto</translation>
        </message>
        <message>
            <source>period start</source>
            <translation>inicio del periodo</translation>
        </message>
        <message>
            <source>snoozed until</source>
            <translation>pospuesto hasta</translation>
        </message>
        <message>
            <source>cadence days</source>
            <translation>días de frecuencia</translation>
        </message>
        <message>
            <source>cadence scope</source>
            <translation>alcance de la frecuencia</translation>
        </message>
        <message>
            <source>nicknames</source>
            <translation>apodos</translation>
        </message>
        <message>
            <source>im</source>
            <translation>mensajería</translation>
        </message>
        <message>
            <source>related</source>
            <translation>personas relacionadas</translation>
        </message>
        <message>
            <source>units</source>
            <translation>departamento</translation>
        </message>
        <message>
            <source>custom fields</source>
            <translation>otros campos</translation>
        </message>
        <message>
            <source>alt names</source>
            <translation>nombres en otros idiomas</translation>
        </message>
        <message>
            <source>alt titles</source>
            <translation>cargos en otros idiomas</translation>
        </message>
        <message>
            <source>alt organizations</source>
            <translation>organizaciones en otros idiomas</translation>
        </message>
        <message>
            <source>Unknown {name}: {value}. Choose one of: {allowed}.</source>
            <translation>Valor desconocido en «{name}»: {value}. Elige uno de estos: {allowed}.</translation>
        </message>
        <message>
            <source>The {name} must be text.</source>
            <translation>El campo {name} debe ser texto.</translation>
        </message>
        <message>
            <source>The {name} cannot be empty.</source>
            <translation>El campo «{name}» no puede estar vacío.</translation>
        </message>
        <message>
            <source>The {name} must be a whole number from {low} to {high}.</source>
            <translation>El campo {name} debe ser un número entero de {low} a {high}.</translation>
        </message>
        <message>
            <source>Choose a date from {first} to {last}.</source>
            <translation>Elige una fecha entre {first} y {last}.</translation>
        </message>
        <message>
            <source>“{value}” is not a real date (write it as YYYY-MM-DD).</source>
            <translation>«{value}» no es una fecha válida (escríbela como AAAA-MM-DD).</translation>
        </message>
        <message>
            <source>“{value}” is not a date and time with a time zone (for example 2026-03-10T10:00:00+01:00).</source>
            <translation>«{value}» no es una fecha y hora con zona horaria (por ejemplo 2026-03-10T10:00:00+01:00).</translation>
        </message>
        <message>
            <source>“{value}” is not a time of day (write it as HH:MM).</source>
            <translation>«{value}» no es una hora del día (escríbela como HH:MM).</translation>
        </message>
        <message>
            <source>The amount is too large (at most {max}).</source>
            <translation>El importe es demasiado grande (como mucho {max}).</translation>
        </message>
        <message>
            <source>{value} is not an e-mail address.</source>
            <translation>{value} no es una dirección de correo.</translation>
        </message>
        <message>
            <source>{value} is not a phone number.</source>
            <translation>{value} no es un número de teléfono.</translation>
        </message>
        <message>
            <source>{value} is not a web address.</source>
            <translation>{value} no es una dirección web.</translation>
        </message>
        <message>
            <source>{value} is not a date (write YYYY-MM-DD, or --MM-DD without a year).</source>
            <translation>{value} no es una fecha (escribe AAAA-MM-DD, o --MM-DD sin año).</translation>
        </message>
        <message>
            <source>The {name} is too long.</source>
            <translation>El campo {name} es demasiado largo.</translation>
        </message>
        <message>
            <source>Say yes or no.</source>
            <translation>Indique sí o no.</translation>
        </message>
        <message>
            <source>A contact cannot be merged with itself.</source>
            <translation>Un contacto no se puede fusionar consigo mismo.</translation>
        </message>
        <message>
            <source>That merge cannot be undone (already undone?).</source>
            <translation>Esa fusión no se puede deshacer (¿ya se deshizo?).</translation>
        </message>
        <message>
            <source>Choose a contact from the list.</source>
            <translation>Elige un contacto de la lista.</translation>
        </message>
        <message>
            <source>The photo is larger than 15 MB; choose a smaller one.</source>
            <translation>La foto ocupa más de 15 MB; elige una más pequeña.</translation>
        </message>
        <message>
            <source>The photo has too many pixels to be a photo.</source>
            <translation>La imagen tiene demasiados píxeles para ser una foto.</translation>
        </message>
        <message>
            <source>The photo is damaged or is not an image.</source>
            <translation>La foto está dañada o no es una imagen.</translation>
        </message>
        <message>
            <source>That is more than a day from now: log what has happened, and add a follow-up for what is planned.</source>
            <translation>Eso es más de un día a partir de ahora: registra lo que ya ha pasado y añade un seguimiento para lo que está previsto.</translation>
        </message>
        <message>
            <source>A birthday cannot be in the future.</source>
            <translation>Un cumpleaños no puede estar en el futuro.</translation>
        </message>
        <message>
            <source>The {name} is longer than {max} characters.</source>
            <translation>El campo {name} tiene más de {max} caracteres.</translation>
        </message>
        <message>
            <source>The {name} must be true or false.</source>
            <translation>El campo {name} debe ser verdadero o falso.</translation>
        </message>
        <message>
            <source>The {name} must be binary data.</source>
            <translation>El campo {name} debe contener datos binarios.</translation>
        </message>
        <message>
            <source>The {name} is missing.</source>
            <translation>Falta el campo {name}.</translation>
        </message>
        <message>
            <source>Say how often it repeats, or that it does not repeat.</source>
            <translation>Indica cada cuánto se repite, o que no se repite.</translation>
        </message>
        <message>
            <source>An import fingerprint is 16 bytes long.</source>
            <translation>Una huella de importación tiene 16 bytes.</translation>
        </message>
        <message>
            <source>A background search on the journal stopped without an answer ({reason}). Try again.</source>
            <translation>Una búsqueda en segundo plano en el diario se detuvo sin respuesta ({reason}). Inténtalo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Networking</source>
            <translation>Networking</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventas</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <source>Social</source>
            <translation>Redes sociales</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Presentación</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Consejo</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Favour</source>
            <translation>Favor</translation>
        </message>
        <message>
            <source>Gave</source>
            <translation>Aporté</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibí</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Prospecto</translation>
        </message>
        <message>
            <source>Qualified</source>
            <translation>Cualificada</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>Demostración</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>Negociación</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Ganada</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Perdida</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Precio</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>Momento</translation>
        </message>
        <message>
            <source>Competitor</source>
            <translation>Competencia</translation>
        </message>
        <message>
            <source>Need</source>
            <translation>Necesidad</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Poder de decisión</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resuelta</translation>
        </message>
        <message>
            <source>Unresolved</source>
            <translation>Sin resolver</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>They met</source>
            <translation>Se conocieron</translation>
        </message>
        <message>
            <source>Did business</source>
            <translation>Hicieron negocios</translation>
        </message>
        <message>
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>semanas</translation>
        </message>
        <message>
            <source>months</source>
            <translation>meses</translation>
        </message>
    </context>
    <context>
        <name>WonVsQuotaChart</name>
        <message>
            <source>Won value per month against quota</source>
            <translation>Valor ganado por mes frente a la cuota</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mes</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Ganado</translation>
        </message>
        <message>
            <source>Deals won</source>
            <translation>Oportunidades ganadas</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Cuota</translation>
        </message>
        <message>
            <source>Of quota</source>
            <translation>De la cuota</translation>
        </message>
    </context>
    <context>
        <name>WriterWaitIndicator</name>
        <message>
            <source>Waiting for another program that is saving to the journal…</source>
            <translation>Esperando a otro programa que está guardando en el diario…</translation>
        </message>
        <message>
            <source>Waiting for another program to finish saving</source>
            <translation>Esperando a que otro programa termine de guardar</translation>
        </message>
        <message>
            <source>Another program (an import, another window or a command) is saving to the journal. Your change is saved as soon as it has finished; after %1 seconds it is given up.</source>
            <translation>Otro programa (una importación, otra ventana o un comando) está guardando en el diario. Tu cambio se guarda en cuanto termine; pasados %1 segundos se abandona.</translation>
        </message>
    </context>
</TS>
