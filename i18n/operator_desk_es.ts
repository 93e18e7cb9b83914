<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppealDecisionDialog</name>
    <message>
        <source>Decide the appeal</source>
        <translation>Resolver el recurso</translation>
    </message>
    <message>
        <source>Rejected: the sanction stands</source>
        <translation>Rechazado: la sanción se mantiene</translation>
    </message>
    <message>
        <source>The outcome, as the seller will read it</source>
        <translation>El resultado, tal como lo leerá el vendedor</translation>
    </message>
    <message>
        <source>The seller&apos;s grounds:</source>
        <translation>Motivos del vendedor:</translation>
    </message>
    <message>
        <source>Upheld: revoke the sanction and undo it on the marketplace</source>
        <translation>Estimado: revocar la sanción y deshacerla en el marketplace</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Grounds:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibido:</translation>
    </message>
    <message>
        <source>Record an appeal against: {0}</source>
        <translation>Registrar un recurso contra: {0}</translation>
    </message>
    <message>
        <source>The seller&apos;s grounds, as received</source>
        <translation>Motivos del vendedor, tal como se recibieron</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation>Aprobado, aún no enviado</translation>
    </message>
    <message>
        <source>Approved, the platform refused</source>
        <translation>Aprobado, rechazado por la plataforma</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Esperando tu decisión</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>A colleague decided first: {0}.</source>
        <translation>Un compañero ha decidido antes: {0}.</translation>
    </message>
    <message>
        <source>A refund was made on these lines since the request: what is left is not what the requester saw. Decline it with a comment; the requester can ask again.</source>
        <translation>Desde la solicitud se ha hecho un reembolso en estas líneas: lo que queda no es lo que vio el solicitante. Recházala con un comentario; el solicitante puede volver a pedirlo.</translation>
    </message>
    <message>
        <source>A refund was made on these lines since the request; decline it with a comment so the requester can ask again.</source>
        <translation>Desde la solicitud se ha hecho un reembolso en estas líneas; recházala con un comentario para que el solicitante pueda volver a pedirlo.</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Solicitudes de aprobación</translation>
    </message>
    <message>
        <source>Approve and refund</source>
        <translation>Aprobar y reembolsar</translation>
    </message>
    <message>
        <source>Approved and refunded {0}.</source>
        <translation>Aprobado y reembolsado: {0}.</translation>
    </message>
    <message>
        <source>Approved by {0}.</source>
        <translation>Aprobado por {0}.</translation>
    </message>
    <message>
        <source>Approved. The refund of {0} is queued and goes out when the marketplace is reachable.</source>
        <translation>Aprobado. El reembolso de {0} está en cola y se enviará cuando el marketplace esté disponible.</translation>
    </message>
    <message>
        <source>Comment for the requester</source>
        <translation>Comentario para el solicitante</translation>
    </message>
    <message>
        <source>Comment for the requester (needed to decline)</source>
        <translation>Comentario para el solicitante (necesario para rechazar)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Declined; {0} is told why.</source>
        <translation>Rechazado; {0} recibe el motivo.</translation>
    </message>
    <message>
        <source>Incident {0}: {1}</source>
        <translation>Incidencia {0}: {1}</translation>
    </message>
    <message>
        <source>It cannot be carried out as asked now:</source>
        <translation>Ahora no se puede ejecutar tal como se pidió:</translation>
    </message>
    <message>
        <source>Line {0} · {1}: paid {2}, refunded {3}, left {4}; {5}</source>
        <translation>Línea {0} · {1}: pagado {2}, reembolsado {3}, queda {4}; {5}</translation>
    </message>
    <message>
        <source>Not approved: the order changed since the request.</source>
        <translation>No aprobado: el pedido ha cambiado desde la solicitud.</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>No hay nada pendiente de tu aprobación.</translation>
    </message>
    <message>
        <source>Only supervisors approve refunds; your role here may not. Your own requests&apos; answers arrive as notifications.</source>
        <translation>Solo los supervisores aprueban reembolsos; tu rol aquí no puede hacerlo. Las respuestas a tus propias solicitudes te llegan como notificaciones.</translation>
    </message>
    <message>
        <source>Order {0} · {1} · customer {2} · {3}</source>
        <translation>Pedido {0} · {1} · cliente {2} · {3}</translation>
    </message>
    <message>
        <source>Personal message to the customer ({0}):</source>
        <translation>Mensaje personal al cliente ({0}):</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>The approvals cannot be read now: {0}</source>
        <translation>Ahora no se pueden leer las aprobaciones: {0}</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>El caso</translation>
    </message>
    <message>
        <source>The case cannot be shown: {0}</source>
        <translation>No se puede mostrar el caso: {0}</translation>
    </message>
    <message>
        <source>The decision failed unexpectedly: {0}</source>
        <translation>La decisión ha fallado de forma inesperada: {0}</translation>
    </message>
    <message>
        <source>The order is not in this desk&apos;s cache; sync first.</source>
        <translation>El pedido no está en la caché de este puesto; sincroniza primero.</translation>
    </message>
    <message>
        <source>The refund of {0} had already reached the marketplace; it is recorded as sent and was not sent again.</source>
        <translation>El reembolso de {0} ya había llegado al marketplace; consta como enviado y no se ha vuelto a enviar.</translation>
    </message>
    <message>
        <source>The requester&apos;s personal message was not sent ({0}).</source>
        <translation>El mensaje personal del solicitante no se ha enviado ({0}).</translation>
    </message>
    <message>
        <source>The team store cannot be reached: approvals wait until it is back.</source>
        <translation>No se puede acceder a la base de datos del equipo: las aprobaciones esperan hasta que vuelva.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>asked now {0} + shipping {1}</source>
        <translation>solicitado ahora {0} + envío {1}</translation>
    </message>
    <message>
        <source>not part of this request</source>
        <translation>no forma parte de esta solicitud</translation>
    </message>
    <message>
        <source>{0} asks to approve a sanction ({1}) for shop {2} on {3}: {4}

Sanctions are decided on the sanctions page.</source>
        <translation>{0} pide aprobar una sanción ({1}) para la tienda {2} en {3}: {4}

Las sanciones se deciden en la página de sanciones.</translation>
    </message>
    <message>
        <source>{0} asks to refund {1} ({2}), {3}.</source>
        <translation>{0} pide reembolsar {1} ({2}), {3}.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Fetching {0}…</source>
        <translation>Obteniendo {0}…</translation>
    </message>
    <message>
        <source>Image {0}</source>
        <translation>Imagen {0}</translation>
    </message>
    <message>
        <source>Its content is a program.</source>
        <translation>Su contenido es un programa.</translation>
    </message>
    <message>
        <source>Its name ends like a program. Do not run it.</source>
        <translation>Su nombre termina como el de un programa. No lo ejecutes.</translation>
    </message>
    <message>
        <source>Its name or declared type does not match its content ({0}).</source>
        <translation>El nombre o el tipo declarado no coinciden con el contenido ({0}).</translation>
    </message>
    <message>
        <source>Its name was cleaned: the original had characters that are unsafe in a file name.</source>
        <translation>Se ha limpiado el nombre: el original tenía caracteres no seguros en un nombre de archivo.</translation>
    </message>
    <message>
        <source>Market {0} cannot be reached; the attachment is not in the local store yet.</source>
        <translation>No se puede acceder al mercado {0}; el adjunto aún no está en el almacenamiento local.</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation>Página {0}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Save a copy where you choose. The desk never opens or runs the file.</source>
        <translation>Guarda una copia donde quieras. El puesto nunca abre ni ejecuta el archivo.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>Guardar adjunto como</translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <source>The attachment could not be fetched from market {0}.</source>
        <translation>No se ha podido obtener el adjunto del mercado {0}.</translation>
    </message>
    <message>
        <source>The attachment could not be opened: {0}</source>
        <translation>No se ha podido abrir el adjunto: {0}</translation>
    </message>
    <message>
        <source>The attachment is larger than the desk accepts and was not fetched.</source>
        <translation>El adjunto supera el tamaño que acepta el puesto y no se ha obtenido.</translation>
    </message>
    <message>
        <source>The desk shows images and PDFs only. This file can be saved on request; it is never opened or run by the desk.</source>
        <translation>El puesto solo muestra imágenes y PDF. Este archivo se puede guardar si lo pides; el puesto nunca lo abre ni lo ejecuta.</translation>
    </message>
    <message>
        <source>The first {0} of {1} pages are shown; save the file to read the rest.</source>
        <translation>Se muestran las primeras {0} de {1} páginas; guarda el archivo para leer el resto.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: {0}</source>
        <translation>No se puede mostrar este PDF: {0}</translation>
    </message>
    <message>
        <source>This image cannot be shown; save it to look at it with another program.</source>
        <translation>No se puede mostrar esta imagen; guárdala para verla con otro programa.</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}
SHA-256 {3}</source>
        <translation>{0} · {1} · {2}
SHA-256 {3}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read the audit log: {0}</source>
        <translation>No se puede leer el registro de auditoría: {0}</translation>
    </message>
    <message>
        <source>Cannot verify: {0}</source>
        <translation>No se puede verificar: {0}</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Export failed: {0}; nothing was written.</source>
        <translation>La exportación ha fallado: {0}; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>Exported {0} entries.</source>
        <translation>Entradas exportadas: {0}.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry {0}: {1}</source>
        <translation>La cadena de auditoría está rota en la entrada {0}: {1}</translation>
    </message>
    <message>
        <source>The audit chain is whole: {0} entries.</source>
        <translation>La cadena de auditoría está íntegra: {0} entradas.</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verificar la cadena</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>action, e.g. refund</source>
        <translation>acción, p. ej. refund</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>{0} of {1} entries written…</source>
        <translation>{0} de {1} entradas escritas…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Antes → después</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Platform response</source>
        <translation>Respuesta de la plataforma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
</context>
<context>
    <name>BulkCloseDialog</name>
    <message numerus="yes">
        <source>%n of these need a reason (the seller has not marked them solved).</source>
        <translation>
            <numerusform>%n de ellas necesita un motivo (el vendedor no la ha marcado como resuelta).</numerusform>
            <numerusform>%n de ellas necesitan un motivo (el vendedor no las ha marcado como resueltas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Elige un motivo…</translation>
    </message>
    <message numerus="yes">
        <source>Close %n incident(s)</source>
        <translation>
            <numerusform>Cerrar %n incidencia</numerusform>
            <numerusform>Cerrar %n incidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Motivo de cierre</translation>
    </message>
    <message>
        <source>Every seller marked these incidents as solved.</source>
        <translation>Todos los vendedores han marcado estas incidencias como resueltas.</translation>
    </message>
    <message>
        <source>Incidents to close</source>
        <translation>Incidencias que se van a cerrar</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>No reason (the sellers marked them solved)</source>
        <translation>Sin motivo (los vendedores las han marcado como resueltas)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Requiere motivo</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message numerus="yes">
        <source>%n message(s) had arrived that the decision did not see.</source>
        <translation>
            <numerusform>Había llegado %n mensaje que la decisión no tuvo en cuenta.</numerusform>
            <numerusform>Habían llegado %n mensajes que la decisión no tuvo en cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>({0} open)</source>
        <translation>({0} abiertas)</translation>
    </message>
    <message>
        <source>({0}) · {1} · to {2}</source>
        <translation>({0}) · {1} · para {2}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer wrote {0}</source>
        <translation>El cliente escribió {0}</translation>
    </message>
    <message>
        <source>Decision by {0} ({1})</source>
        <translation>Decisión de {0} ({1})</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Impugnada</translation>
    </message>
    <message>
        <source>Had seen the conversation up to then.</source>
        <translation>Había visto la conversación hasta ese momento.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Incident closed by {0}</source>
        <translation>Incidencia cerrada por {0}</translation>
    </message>
    <message>
        <source>Incident opened by {0}</source>
        <translation>Incidencia abierta por {0}</translation>
    </message>
    <message>
        <source>Incident seen open (derived)</source>
        <translation>Incidencia vista abierta (deducida)</translation>
    </message>
    <message>
        <source>Internal notes need the team store.</source>
        <translation>Las notas internas necesitan la base de datos del equipo.</translation>
    </message>
    <message>
        <source>No answer from the seller: due {0}, late by {1}</source>
        <translation>Sin respuesta del vendedor: vencía {0}, con {1} de retraso</translation>
    </message>
    <message>
        <source>No internal notes on this case yet.</source>
        <translation>Aún no hay notas internas en este caso.</translation>
    </message>
    <message>
        <source>No message came with the resolution.</source>
        <translation>La resolución no incluía ningún mensaje.</translation>
    </message>
    <message>
        <source>No messages on this order.</source>
        <translation>No hay mensajes en este pedido.</translation>
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation>Aún no ha pasado nada en este caso.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Pedido realizado</translation>
    </message>
    <message>
        <source>Order {0} · {1}</source>
        <translation>Pedido {0} · {1}</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Otra incidencia</translation>
    </message>
    <message>
        <source>Other incidents</source>
        <translation>Otras incidencias</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Política:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Reason {0}</source>
        <translation>Motivo {0}</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Seller marked it solved</source>
        <translation>El vendedor la marcó como resuelta</translation>
    </message>
    <message>
        <source>Seller wrote {0}</source>
        <translation>El vendedor escribió {0}</translation>
    </message>
    <message>
        <source>Seller · solved {0}</source>
        <translation>Vendedor · resuelta {0}</translation>
    </message>
    <message>
        <source>Seller&apos;s answer due {0} (in {1})</source>
        <translation>Respuesta del vendedor prevista para {0} (en {1})</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Team store unavailable: internal notes cannot be read or written now. The desk keeps working; notes come back when the team store does.</source>
        <translation>Base de datos del equipo no disponible: ahora no se pueden leer ni escribir notas internas. El puesto sigue funcionando; las notas vuelven cuando vuelva la base de datos.</translation>
    </message>
    <message>
        <source>Team store unavailable: the team&apos;s decisions are not shown.</source>
        <translation>Base de datos del equipo no disponible: no se muestran las decisiones del equipo.</translation>
    </message>
    <message>
        <source>The customer has not written on this order.</source>
        <translation>El cliente no ha escrito sobre este pedido.</translation>
    </message>
    <message>
        <source>The customer wrote after the seller&apos;s &quot;solved&quot; ({0}): read it before closing.</source>
        <translation>El cliente escribió después del «resuelto» del vendedor ({0}): léelo antes de cerrar.</translation>
    </message>
    <message>
        <source>The seller answered {0}, in time (due {1})</source>
        <translation>El vendedor respondió {0}, a tiempo (vencía {1})</translation>
    </message>
    <message>
        <source>The seller answered {0}, late by {1}</source>
        <translation>El vendedor respondió {0}, con {1} de retraso</translation>
    </message>
    <message>
        <source>The seller has not written on this order.</source>
        <translation>El vendedor no ha escrito sobre este pedido.</translation>
    </message>
    <message>
        <source>The team store could not be read ({0}): the team&apos;s decisions are not shown.</source>
        <translation>No se ha podido leer la base de datos del equipo ({0}): no se muestran las decisiones del equipo.</translation>
    </message>
    <message>
        <source>The team store could not be read: {0}</source>
        <translation>No se ha podido leer la base de datos del equipo: {0}</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Conversación:</translation>
    </message>
    <message>
        <source>Time not reported</source>
        <translation>Hora no indicada</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Written after the seller marked it solved.</source>
        <translation>Escrito después de que el vendedor la marcara como resuelta.</translation>
    </message>
    <message>
        <source>last action by {0}</source>
        <translation>última acción de {0}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>on another line: {0}</source>
        <translation>en otra línea: {0}</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>en {0}</translation>
    </message>
    <message>
        <source>same customer and seller, order {0}</source>
        <translation>mismo cliente y vendedor, pedido {0}</translation>
    </message>
    <message>
        <source>same order: {0}</source>
        <translation>mismo pedido: {0}</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <source>{0} on this order</source>
        <translation>{0} en este pedido</translation>
    </message>
    <message>
        <source>{0} with this customer and seller</source>
        <translation>{0} con este cliente y vendedor</translation>
    </message>
    <message numerus="yes">
        <source>{0} · %n item(s)</source>
        <translation>
            <numerusform>{0} · %n artículo</numerusform>
            <numerusform>{0} · %n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>{0} – open since {1} at the latest</source>
        <translation>{0} – abierta como muy tarde desde {1}</translation>
    </message>
    <message>
        <source>{0} – opened {1} by {2}</source>
        <translation>{0} – abierta el {1} por {2}</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
</context>
<context>
    <name>CaseDecisions</name>
    <message numerus="yes">
        <source>%n changed since you read them: their closes wait in the outbox; send them anyway or discard them there.</source>
        <translation>
            <numerusform>%n incidencia ha cambiado desde que la leíste: su cierre espera en la bandeja de salida; envíalo de todos modos o descártalo allí.</numerusform>
            <numerusform>%n incidencias han cambiado desde que las leíste: sus cierres esperan en la bandeja de salida; envíalos de todos modos o descártalos allí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) closed.</source>
        <translation>
            <numerusform>%n incidencia cerrada.</numerusform>
            <numerusform>%n incidencias cerradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait in the outbox.</source>
        <translation>
            <numerusform>%n espera en la bandeja de salida.</numerusform>
            <numerusform>%n esperan en la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message>
        <source>An incident was opened on order {0}; it appears after the next sync.</source>
        <translation>Se ha abierto una incidencia en el pedido {0}; aparecerá tras la próxima sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>Closing %n incident(s)</source>
        <translation>
            <numerusform>Cerrando %n incidencia</numerusform>
            <numerusform>Cerrando %n incidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing the incident on order {0}…</source>
        <translation>Cerrando la incidencia del pedido {0}…</translation>
    </message>
    <message>
        <source>Incident not closed</source>
        <translation>Incidencia no cerrada</translation>
    </message>
    <message>
        <source>Incident not closed yet</source>
        <translation>Incidencia aún no cerrada</translation>
    </message>
    <message>
        <source>Incident not opened</source>
        <translation>Incidencia no abierta</translation>
    </message>
    <message>
        <source>Incident on order {0} closed.</source>
        <translation>Incidencia del pedido {0} cerrada.</translation>
    </message>
    <message>
        <source>Market {0} cannot be reached, so {1}. Nothing was changed; try again when the connection is back.</source>
        <translation>No se puede acceder al mercado {0}, así que {1}. No se ha cambiado nada; vuelve a intentarlo cuando se recupere la conexión.</translation>
    </message>
    <message>
        <source>Market {0} is busy or having trouble, so {1}. Try again in a moment.</source>
        <translation>El mercado {0} está saturado o tiene problemas, así que {1}. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Market {0} needs a reason here, so {1}.</source>
        <translation>El mercado {0} exige aquí un motivo, así que {1}.</translation>
    </message>
    <message>
        <source>Market {0} refused it, so {1}.</source>
        <translation>El mercado {0} lo ha rechazado, así que {1}.</translation>
    </message>
    <message>
        <source>Not kept open</source>
        <translation>No se ha mantenido abierta</translation>
    </message>
    <message>
        <source>Some incidents not closed</source>
        <translation>Algunas incidencias no se han cerrado</translation>
    </message>
    <message>
        <source>The case changed on market {0} since you opened it, so {1}. Look at what changed, then decide again.</source>
        <translation>El caso ha cambiado en el mercado {0} desde que lo abriste, así que {1}. Revisa qué ha cambiado y vuelve a decidir.</translation>
    </message>
    <message>
        <source>The case changed since you read it: {0}. The close waits in the outbox; send it anyway or discard it there.</source>
        <translation>El caso ha cambiado desde que lo leíste: {0}. El cierre espera en la bandeja de salida; envíalo de todos modos o descártalo allí.</translation>
    </message>
    <message>
        <source>The decision on order {0} waits in the outbox; it is sent when market {1} can be reached.</source>
        <translation>La decisión sobre el pedido {0} espera en la bandeja de salida; se enviará cuando el mercado {1} esté disponible.</translation>
    </message>
    <message>
        <source>The incident on order {0} stays open.</source>
        <translation>La incidencia del pedido {0} sigue abierta.</translation>
    </message>
    <message>
        <source>The key for market {0} was refused, so {1}. Check the connection settings for {0}.</source>
        <translation>Se ha rechazado la clave del mercado {0}, así que {1}. Revisa la configuración de conexión de {0}.</translation>
    </message>
    <message>
        <source>The marketplace said: {0}</source>
        <translation>El marketplace indicó: {0}</translation>
    </message>
    <message>
        <source>The team store could not record the decision; see the log.</source>
        <translation>La base de datos del equipo no ha podido registrar la decisión; consulta el registro.</translation>
    </message>
    <message>
        <source>These were not closed; nothing was changed for them:

{0}</source>
        <translation>Estas no se han cerrado; no se ha cambiado nada en ellas:

{0}</translation>
    </message>
    <message>
        <source>This case is no longer in the cache of market {0}, so {1}.</source>
        <translation>Este caso ya no está en la caché del mercado {0}, así que {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n incident(s) stay as they were.</source>
        <translation>
            <numerusform>Deshecho: %n incidencia queda como estaba.</numerusform>
            <numerusform>Deshecho: %n incidencias quedan como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role on market {0} may not do this, so {1}.</source>
        <translation>Tu rol en el mercado {0} no puede hacerlo, así que {1}.</translation>
    </message>
    <message>
        <source>no incident was opened</source>
        <translation>no se ha abierto ninguna incidencia</translation>
    </message>
    <message>
        <source>the incident was not closed</source>
        <translation>la incidencia no se ha cerrado</translation>
    </message>
    <message>
        <source>the incident was not kept open</source>
        <translation>la incidencia no se ha mantenido abierta</translation>
    </message>
    <message>
        <source>{0} because of an unexpected error: {1}</source>
        <translation>{0} por un error inesperado: {1}</translation>
    </message>
</context>
<context>
    <name>CaseNotesPanel</name>
    <message>
        <source>Add internal note</source>
        <translation>Añadir nota interna</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Internal notes – visible to colleagues only, never sent to customers or sellers</source>
        <translation>Notas internas: solo las ven los compañeros, nunca se envían a clientes ni vendedores</translation>
    </message>
    <message>
        <source>New internal note</source>
        <translation>Nueva nota interna</translation>
    </message>
    <message>
        <source>Note saved. Colleagues see it on this case.</source>
        <translation>Nota guardada. Tus compañeros la ven en este caso.</translation>
    </message>
    <message>
        <source>Save the note for colleagues (Ctrl+Return in the note box)</source>
        <translation>Guardar la nota para los compañeros (Ctrl+Intro en el cuadro de la nota)</translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation>Guardando la nota…</translation>
    </message>
    <message>
        <source>The note was not saved because of an unexpected error: {0}. Your text is kept.</source>
        <translation>La nota no se ha guardado por un error inesperado: {0}. Tu texto se conserva.</translation>
    </message>
    <message>
        <source>The note was not saved: the team store is not available. Your text is kept; try again when it is back.</source>
        <translation>La nota no se ha guardado: la base de datos del equipo no está disponible. Tu texto se conserva; vuelve a intentarlo cuando vuelva.</translation>
    </message>
    <message>
        <source>The note was not saved: {0}. Your text is kept; try again.</source>
        <translation>La nota no se ha guardado: {0}. Tu texto se conserva; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The notes could not be read: {0}</source>
        <translation>No se han podido leer las notas: {0}</translation>
    </message>
    <message>
        <source>Visible to colleagues only. Ctrl+Return saves the note.</source>
        <translation>Solo la ven los compañeros. Ctrl+Intro guarda la nota.</translation>
    </message>
    <message>
        <source>Write an internal note for colleagues…</source>
        <translation>Escribe una nota interna para los compañeros…</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escribe primero la nota.</translation>
    </message>
</context>
<context>
    <name>CaseReplyDialog</name>
    <message>
        <source>&amp;Conversation:</source>
        <translation>&amp;Conversación:</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Reply on order {0}</source>
        <translation>Responder sobre el pedido {0}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>{0} · last message {1}</source>
        <translation>{0} · último mensaje {1}</translation>
    </message>
</context>
<context>
    <name>CaseTools</name>
    <message>
        <source>Dossier saved as {0} and {1}.</source>
        <translation>Expediente guardado como {0} y {1}.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Exportar expediente</translation>
    </message>
    <message>
        <source>Exporting the dossier…</source>
        <translation>Exportando el expediente…</translation>
    </message>
    <message>
        <source>Fetching attachment {0}…</source>
        <translation>Obteniendo el adjunto {0}…</translation>
    </message>
    <message>
        <source>The conversations are still being opened; try again in a moment.</source>
        <translation>Las conversaciones aún se están abriendo; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The conversations of this order could not be read: {0}</source>
        <translation>No se han podido leer las conversaciones de este pedido: {0}</translation>
    </message>
    <message>
        <source>The dossier could not be made: {0}</source>
        <translation>No se ha podido crear el expediente: {0}</translation>
    </message>
    <message>
        <source>The dossier could not be written: {0}. Nothing was kept.</source>
        <translation>No se ha podido escribir el expediente: {0}. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>This order has no conversation in the local cache yet; it appears after the next sync.</source>
        <translation>Este pedido aún no tiene ninguna conversación en la caché local; aparecerá tras la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <source>A reason is required: the seller has not marked this incident as solved.</source>
        <translation>Se necesita un motivo: el vendedor no ha marcado esta incidencia como resuelta.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Elige un motivo…</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Cerrar incidencia</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Motivo de cierre</translation>
    </message>
    <message>
        <source>Close the incident on order {0} on {1}?

The customer and the seller will see the incident as closed, and the order continues its normal cycle. This cannot be undone from the desk; a new incident would have to be opened.</source>
        <translation>¿Cerrar la incidencia del pedido {0} en {1}?

El cliente y el vendedor verán la incidencia como cerrada y el pedido seguirá su ciclo normal. No se puede deshacer desde el puesto; habría que abrir una incidencia nueva.</translation>
    </message>
    <message>
        <source>No reason (the seller marked it solved)</source>
        <translation>Sin motivo (el vendedor la marcó como resuelta)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The seller marked this incident as solved; a reason is optional.</source>
        <translation>El vendedor ha marcado esta incidencia como resuelta; el motivo es opcional.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation> solicitudes/min</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API key in Authorization</source>
        <translation>Clave de API en Authorization</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token Bearer</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Paquete de CA</translation>
    </message>
    <message>
        <source>Connection OK – you are {0} on {1}.</source>
        <translation>Conexión correcta: eres {0} en {1}.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Conversations updated within this many days are synced with their messages when the market is first synced; older ones load when you open them.</source>
        <translation>Las conversaciones actualizadas en estos días se sincronizan con sus mensajes la primera vez que se sincroniza el mercado; las más antiguas se cargan al abrirlas.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Detalles: {0}</translation>
    </message>
    <message>
        <source>Dispute reviewer</source>
        <translation>Revisor de disputas</translation>
    </message>
    <message>
        <source>Key sent as</source>
        <translation>Enviar la clave como</translation>
    </message>
    <message>
        <source>Market (country)</source>
        <translation>Mercado (país)</translation>
    </message>
    <message>
        <source>Marketplace connections</source>
        <translation>Conexiones con marketplaces</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New marketplace</source>
        <translation>Nuevo marketplace</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Remove the connection {0} and delete its key from the system keyring?

Cached data of market {1} stays until the cache is cleared.</source>
        <translation>¿Quitar la conexión {0} y borrar su clave del llavero del sistema?

Los datos en caché del mercado {1} se conservan hasta que se vacíe la caché.</translation>
    </message>
    <message>
        <source>Request budget</source>
        <translation>Límite de solicitudes</translation>
    </message>
    <message>
        <source>Response rule</source>
        <translation>Regla de respuesta</translation>
    </message>
    <message>
        <source>Role if the platform cannot tell</source>
        <translation>Rol si la plataforma no lo indica</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saved. The key is in the system keyring.</source>
        <translation>Guardado. La clave está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Sync window</source>
        <translation>Periodo de sincronización</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>La conexión ha fallado.</translation>
    </message>
    <message>
        <source>The key was not stored; nothing was saved.</source>
        <translation>La clave no se ha guardado; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The key works but its role may not read this marketplace.</source>
        <translation>La clave funciona, pero su rol no puede leer este marketplace.</translation>
    </message>
    <message>
        <source>The marketplace answered with an error; try again later.</source>
        <translation>El marketplace ha respondido con un error; vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached. Check the address, the proxy and the network.</source>
        <translation>No se puede acceder al marketplace. Revisa la dirección, el proxy y la red.</translation>
    </message>
    <message>
        <source>The marketplace refused the key. Check it and the way it is sent (API key or Bearer token).</source>
        <translation>El marketplace ha rechazado la clave. Revísala y cómo se envía (clave de API o token Bearer).</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>a dispute reviewer</source>
        <translation>revisor de disputas</translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>optional, e.g. BY for Bavaria</source>
        <translation>opcional, p. ej. BY para Baviera</translation>
    </message>
    <message>
        <source>optional: CA file for TLS inspection</source>
        <translation>opcional: archivo de CA para inspección TLS</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>system settings</source>
        <translation>configuración del sistema</translation>
    </message>
    <message>
        <source>{0} · {1} (SANDBOX, built in)</source>
        <translation>{0} · {1} (SANDBOX, integrado)</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export dossier…</source>
        <translation>E&amp;xportar expediente…</translation>
    </message>
    <message>
        <source>&amp;Late reply</source>
        <translation>Respuesta &amp;tardía</translation>
    </message>
    <message>
        <source>(in the newest 20,000 matching messages)</source>
        <translation>(en los 20.000 mensajes coincidentes más recientes)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Todos los mercados</translation>
    </message>
    <message>
        <source>Any policy finding</source>
        <translation>Cualquier hallazgo de política</translation>
    </message>
    <message>
        <source>Any policy state</source>
        <translation>Cualquier estado de política</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Customer {0}</source>
        <translation>Cliente {0}</translation>
    </message>
    <message>
        <source>Dossier saved as {0} and {1}.</source>
        <translation>Expediente guardado como {0} y {1}.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Exportar expediente</translation>
    </message>
    <message>
        <source>Exporting the dossier…</source>
        <translation>Exportando el expediente…</translation>
    </message>
    <message>
        <source>Fetching attachment {0}…</source>
        <translation>Obteniendo el adjunto {0}…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <source>No conversation matches. Change or clear the filters.</source>
        <translation>Ninguna conversación coincide. Cambia o borra los filtros.</translation>
    </message>
    <message>
        <source>No conversations in the local cache yet. They appear after the next sync.</source>
        <translation>Aún no hay conversaciones en la caché local. Aparecerán tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>No incident on this order is closed.</source>
        <translation>Ninguna incidencia de este pedido está cerrada.</translation>
    </message>
    <message>
        <source>No line of this order can have a new incident.</source>
        <translation>No se puede abrir una incidencia nueva en ninguna línea de este pedido.</translation>
    </message>
    <message>
        <source>Non-answer</source>
        <translation>Respuesta vacía</translation>
    </message>
    <message>
        <source>Nothing on this order can be refunded now.</source>
        <translation>Ahora no se puede reembolsar nada de este pedido.</translation>
    </message>
    <message>
        <source>Off-platform contact</source>
        <translation>Contacto fuera de la plataforma</translation>
    </message>
    <message>
        <source>Older messages could not be loaded from market {0}; the cached part is shown.</source>
        <translation>No se han podido cargar mensajes anteriores del mercado {0}; se muestra la parte en caché.</translation>
    </message>
    <message>
        <source>Older than 30 days</source>
        <translation>Hace más de 30 días</translation>
    </message>
    <message>
        <source>Open &amp;incident…</source>
        <translation>Abrir &amp;incidencia…</translation>
    </message>
    <message>
        <source>Open an incident</source>
        <translation>Abrir una incidencia</translation>
    </message>
    <message>
        <source>Open an incident on a line of this conversation&apos;s order</source>
        <translation>Abrir una incidencia en una línea del pedido de esta conversación</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Order {0}</source>
        <translation>Pedido {0}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Policy flags</source>
        <translation>Avisos de política</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Reem&amp;bolsar…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Refund the customer of this conversation&apos;s order</source>
        <translation>Reembolsar al cliente del pedido de esta conversación</translation>
    </message>
    <message>
        <source>Reo&amp;pen incident…</source>
        <translation>Reabrir in&amp;cidencia…</translation>
    </message>
    <message>
        <source>Reopen an incident</source>
        <translation>Reabrir una incidencia</translation>
    </message>
    <message>
        <source>Reopen an incident on this order that was closed too early: a new incident on the same line</source>
        <translation>Reabrir una incidencia de este pedido que se cerró demasiado pronto: una incidencia nueva en la misma línea</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Guardado en {0}</translation>
    </message>
    <message>
        <source>Search every message (words, &quot;a phrase&quot;)</source>
        <translation>Buscar en todos los mensajes (palabras, &quot;una frase&quot;)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Select a conversation to read it whole: every message, who saw it, the seller&apos;s deadlines and the order&apos;s events.</source>
        <translation>Elige una conversación para leerla entera: cada mensaje, quién lo vio, los plazos del vendedor y los eventos del pedido.</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Seller &amp;owes a reply</source>
        <translation>El vendedor &amp;debe responder</translation>
    </message>
    <message>
        <source>Seller answers within {0}</source>
        <translation>El vendedor responde en {0}</translation>
    </message>
    <message>
        <source>Seller {0}</source>
        <translation>Vendedor {0}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>The conversations could not be read from the local cache: {0}</source>
        <translation>No se han podido leer las conversaciones de la caché local: {0}</translation>
    </message>
    <message>
        <source>The dossier could not be made: {0}</source>
        <translation>No se ha podido crear el expediente: {0}</translation>
    </message>
    <message>
        <source>The dossier could not be written: {0}</source>
        <translation>No se ha podido escribir el expediente: {0}</translation>
    </message>
    <message>
        <source>The lines of the closed incidents have an incident open again, or cannot have one now.</source>
        <translation>Las líneas de las incidencias cerradas ya tienen otra incidencia abierta o ahora no pueden tener ninguna.</translation>
    </message>
    <message>
        <source>This conversation as a PDF and a JSON file (Ctrl+Shift+E)</source>
        <translation>Esta conversación como archivo PDF y JSON (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>This conversation is not about an order.</source>
        <translation>Esta conversación no trata sobre un pedido.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Why this deadline</source>
        <translation>Por qué este plazo</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n more error(s) happened meanwhile; their reports are in the log folder.</source>
        <translation>
            <numerusform>Mientras tanto se ha producido %n error más; su informe está en la carpeta de registros.</numerusform>
            <numerusform>Mientras tanto se han producido %n errores más; sus informes están en la carpeta de registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar informe</translation>
    </message>
    <message>
        <source>&amp;Quit the desk</source>
        <translation>&amp;Salir del puesto</translation>
    </message>
    <message>
        <source>(not saved: the log folder cannot be written)</source>
        <translation>(no guardado: no se puede escribir en la carpeta de registros)</translation>
    </message>
    <message>
        <source>A report was saved as {0}. It contains no keys, passwords, message texts or customer data; copy it into a message to your IT support.</source>
        <translation>Se ha guardado un informe como {0}. No contiene claves, contraseñas, textos de mensajes ni datos de clientes; cópialo en un mensaje a tu soporte informático.</translation>
    </message>
    <message>
        <source>C&amp;ontinue working</source>
        <translation>&amp;Seguir trabajando</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Informe de error</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Operator Desk – unexpected error</source>
        <translation>Operator Desk: error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside the desk ({0}).</source>
        <translation>Algo ha fallado dentro del puesto ({0}).</translation>
    </message>
    <message>
        <source>What the desk was doing at that moment may not have finished. Nothing was lost: what the desk had stored stays in the local cache and the team store, and actions you confirmed were saved before they were sent. You can go on working; check the last thing you did once more.</source>
        <translation>Puede que lo que estaba haciendo el puesto en ese momento no haya terminado. No se ha perdido nada: lo que el puesto había guardado sigue en la caché local y en la base de datos del equipo, y las acciones que confirmaste se guardaron antes de enviarse. Puedes seguir trabajando; revisa una vez más lo último que hiciste.</translation>
    </message>
</context>
<context>
    <name>DecideSanctionDialog</name>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Sanction for {0}</source>
        <translation>Sanción para {0}</translation>
    </message>
    <message>
        <source>Statement of reasons</source>
        <translation>Motivación</translation>
    </message>
    <message>
        <source>Your note (why you approve or decline)</source>
        <translation>Tu nota (por qué apruebas o rechazas)</translation>
    </message>
    <message>
        <source>{0}, proposed by {1} on {2}. Breach: {3}. Evidence: {4}.</source>
        <translation>{0}, propuesta por {1} el {2}. Incumplimiento: {3}. Pruebas: {4}.</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>disputed on the marketplace</source>
        <translation>impugnada en el marketplace</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalada</translation>
    </message>
    <message>
        <source>incident opened</source>
        <translation>incidencia abierta</translation>
    </message>
    <message>
        <source>kept open</source>
        <translation>mantenida abierta</translation>
    </message>
    <message>
        <source>kept open in the desk</source>
        <translation>mantenida abierta en el puesto</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>anotada</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolso</translation>
    </message>
    <message>
        <source>reopened (a new incident on the same line)</source>
        <translation>reabierta (una incidencia nueva en la misma línea)</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>sent to the marketplace</source>
        <translation>enviada al marketplace</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>pendiente de aprobación</translation>
    </message>
    <message>
        <source>waiting in the outbox</source>
        <translation>esperando en la bandeja de salida</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Aprobaciones</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Registro de a&amp;uditoría</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Conversaciones</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidencias</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Sellers</source>
        <translation>&amp;Vendedores</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <source>Another program is syncing this cache; the desk syncs again later.</source>
        <translation>Otro programa está sincronizando esta caché; el puesto volverá a sincronizar más tarde.</translation>
    </message>
    <message>
        <source>Connections saved. They take effect when the desk starts next.</source>
        <translation>Conexiones guardadas. Se aplican la próxima vez que se inicie el puesto.</translation>
    </message>
    <message>
        <source>Offline: showing the cached queue. Actions need a connection.</source>
        <translation>Sin conexión: se muestra la cola en caché. Las acciones necesitan conexión.</translation>
    </message>
    <message>
        <source>Sync cancelled; what was fetched is kept, the next sync goes on from there.</source>
        <translation>Sincronización cancelada; lo obtenido se conserva y la próxima sincronización sigue desde ahí.</translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation>Sincronización completada.</translation>
    </message>
    <message>
        <source>Sync incomplete for {0}; showing cached data.</source>
        <translation>Sincronización incompleta de {0}; se muestran los datos en caché.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>The desk could not open its data: {0}</source>
        <translation>El puesto no ha podido abrir sus datos: {0}</translation>
    </message>
    <message>
        <source>The key for market {0} was refused; showing cached data. Check the key in the connection settings.</source>
        <translation>Se ha rechazado la clave del mercado {0}; se muestran los datos en caché. Revisa la clave en la configuración de conexión.</translation>
    </message>
    <message>
        <source>The local cache is damaged. It is rebuilt from the marketplaces at the next start; until then some cached records may be missing. Queued actions are kept.</source>
        <translation>La caché local está dañada. Se reconstruye desde los marketplaces en el próximo inicio; hasta entonces pueden faltar registros de la caché. Las acciones de la bandeja de salida se conservan.</translation>
    </message>
    <message>
        <source>The local cache was rebuilt because {0}; it fills again from the marketplaces. Queued actions are kept.</source>
        <translation>La caché local se ha reconstruido porque {0}; se vuelve a llenar desde los marketplaces. Las acciones de la bandeja de salida se conservan.</translation>
    </message>
    <message>
        <source>The outbox could not be opened: {0} Actions are sent directly and cannot wait for a connection.</source>
        <translation>No se ha podido abrir la bandeja de salida: {0} Las acciones se envían directamente y no pueden esperar a que haya conexión.</translation>
    </message>
    <message>
        <source>The sync stopped unexpectedly; showing cached data. Details are in the log.</source>
        <translation>La sincronización se ha detenido de forma inesperada; se muestran los datos en caché. Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidencias</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mensajes</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>motivos</translation>
    </message>
    <message>
        <source>shops</source>
        <translation>tiendas</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} {2}</source>
        <translation>{0}: {1} {2}</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Every record from the marketplaces could be read.</source>
        <translation>Se han podido leer todos los registros de los marketplaces.</translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation>Caché local</translation>
    </message>
    <message>
        <source>Records skipped during sync</source>
        <translation>Registros omitidos durante la sincronización</translation>
    </message>
    <message>
        <source>Records that could not be read</source>
        <translation>Registros que no se han podido leer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Select a record to see what the marketplace sent.</source>
        <translation>Elige un registro para ver lo que envió el marketplace.</translation>
    </message>
    <message>
        <source>The record as the marketplace sent it</source>
        <translation>El registro tal como lo envió el marketplace</translation>
    </message>
    <message>
        <source>incidents derived from orders and threads (the marketplace publishes no incident list)</source>
        <translation>incidencias deducidas de pedidos y conversaciones (el marketplace no publica una lista de incidencias)</translation>
    </message>
    <message>
        <source>last attempt failed: {0}</source>
        <translation>el último intento falló: {0}</translation>
    </message>
    <message>
        <source>last sync {0}</source>
        <translation>última sincronización {0}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <source>orders: {0}, incidents: {1}, messages: {2}</source>
        <translation>pedidos: {0}, incidencias: {1}, mensajes: {2}</translation>
    </message>
</context>
<context>
    <name>EditActionDialog</name>
    <message>
        <source>Edit the queued action</source>
        <translation>Editar la acción en espera</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>No reason (the seller marked it solved)</source>
        <translation>Sin motivo (el vendedor la marcó como resuelta)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Asunto</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Late reply</source>
        <translation>Respuesta tardía</translation>
    </message>
    <message>
        <source>Market {0} cannot be reached; nothing was changed there. Try again when the connection is back.</source>
        <translation>No se puede acceder al mercado {0}; no se ha cambiado nada allí. Vuelve a intentarlo cuando se recupere la conexión.</translation>
    </message>
    <message>
        <source>Market {0} is busy; nothing was changed. Try again in a moment.</source>
        <translation>El mercado {0} está saturado; no se ha cambiado nada. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Market {0} refused the change: {1}</source>
        <translation>El mercado {0} ha rechazado el cambio: {1}</translation>
    </message>
    <message>
        <source>Market {0}: {1}</source>
        <translation>Mercado {0}: {1}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>The key for market {0} was refused; check the connection settings.</source>
        <translation>Se ha rechazado la clave del mercado {0}; revisa la configuración de conexión.</translation>
    </message>
    <message>
        <source>The sanction is not in a state for this ({1}); a colleague may have acted on it. Reload the scorecard.</source>
        <translation>La sanción no está en un estado que lo permita ({1}); puede que un compañero ya haya actuado. Vuelve a cargar la ficha.</translation>
    </message>
    <message>
        <source>The team store cannot be reached, so nothing was recorded. Try again when it is back.</source>
        <translation>No se puede acceder a la base de datos del equipo, así que no se ha registrado nada. Vuelve a intentarlo cuando vuelva.</translation>
    </message>
    <message>
        <source>This sanction or seller is no longer known.</source>
        <translation>Esta sanción o este vendedor ya no existe.</translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation>Error inesperado: {0}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Your role may not do this: {1}</source>
        <translation>Tu rol no puede hacerlo: {1}</translation>
    </message>
    <message>
        <source>due {0}, answered {1}</source>
        <translation>vencía {0}, respondido {1}</translation>
    </message>
    <message>
        <source>due {0}, not answered</source>
        <translation>vencía {0}, sin responder</translation>
    </message>
    <message>
        <source>{0}: marked solved, reopened</source>
        <translation>{0}: marcada como resuelta, reabierta</translation>
    </message>
    <message>
        <source>{0}: not solved</source>
        <translation>{0}: sin resolver</translation>
    </message>
    <message>
        <source>{1}</source>
        <translation>{1}</translation>
    </message>
</context>
<context>
    <name>IncidentQueueModel</name>
    <message>
        <source>Auto-closes</source>
        <translation>Cierre automático</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer wrote</source>
        <translation>Escribió el cliente</translation>
    </message>
    <message>
        <source>Incident {0}</source>
        <translation>Incidencia {0}</translation>
    </message>
    <message>
        <source>Marked solved</source>
        <translation>Marcada como resuelta</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>On it</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Valor del pedido</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The customer wrote after the seller marked the incident as solved</source>
        <translation>El cliente escribió después de que el vendedor marcara la incidencia como resuelta</translation>
    </message>
    <message>
        <source>Time left before the platform closes the incident by itself (5 business days without activity, in the market&apos;s calendar)</source>
        <translation>Tiempo que queda hasta que la plataforma cierre la incidencia por sí sola (5 días hábiles sin actividad, según el calendario del mercado)</translation>
    </message>
    <message>
        <source>Who is working on the case right now</source>
        <translation>Quién está trabajando ahora en el caso</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Impugnada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Marked solved</source>
        <translation>Marcada como resuelta</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Close incident</source>
        <translation>Cerrar incidencia</translation>
    </message>
    <message>
        <source>Close this incident on the marketplace (Ctrl+Return)</source>
        <translation>Cerrar esta incidencia en el marketplace (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Closed too early? Open a new incident on the same order line, with a reason, and record why</source>
        <translation>¿Se cerró demasiado pronto? Abrir una incidencia nueva en la misma línea de pedido, con un motivo, y dejar constancia del porqué</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Cerrar…</translation>
    </message>
    <message>
        <source>Derived: this marketplace does not publish its incidents, so the status and the seller&apos;s &quot;solved&quot; are read from the order and the messages.</source>
        <translation>Deducida: este marketplace no publica sus incidencias, así que el estado y el «resuelto» del vendedor se leen del pedido y los mensajes.</translation>
    </message>
    <message>
        <source>Do not accept the seller&apos;s resolution: keep the incident open (Ctrl+Shift+Return)</source>
        <translation>No aceptar la resolución del vendedor: mantener la incidencia abierta (Ctrl+Mayús+Intro)</translation>
    </message>
    <message>
        <source>Every conversation of this order, its timeline and the team&apos;s decisions as a PDF and a JSON file (Ctrl+Shift+D)</source>
        <translation>Todas las conversaciones de este pedido, su cronología y las decisiones del equipo como archivo PDF y JSON (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <source>Export dossier…</source>
        <translation>Exportar expediente…</translation>
    </message>
    <message>
        <source>Export the incident&apos;s dossier</source>
        <translation>Exportar el expediente de la incidencia</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Internal notes ({0})</source>
        <translation>Notas internas ({0})</translation>
    </message>
    <message>
        <source>Its order line has an incident open again, or cannot have one now.</source>
        <translation>Su línea de pedido ya tiene otra incidencia abierta o ahora no puede tener ninguna.</translation>
    </message>
    <message>
        <source>Keep open…</source>
        <translation>Mantener abierta…</translation>
    </message>
    <message>
        <source>Keep the incident open</source>
        <translation>Mantener abierta la incidencia</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Nueva incidencia…</translation>
    </message>
    <message>
        <source>No line of this order can have a new incident.</source>
        <translation>No se puede abrir una incidencia nueva en ninguna línea de este pedido.</translation>
    </message>
    <message>
        <source>Nothing on this order can be refunded now.</source>
        <translation>Ahora no se puede reembolsar nada de este pedido.</translation>
    </message>
    <message>
        <source>Older messages are not in the local cache and the marketplace is offline.</source>
        <translation>Los mensajes anteriores no están en la caché local y el marketplace no está disponible.</translation>
    </message>
    <message>
        <source>Only an incident the seller marked as solved can be kept open.</source>
        <translation>Solo se puede mantener abierta una incidencia que el vendedor haya marcado como resuelta.</translation>
    </message>
    <message>
        <source>Open an incident</source>
        <translation>Abrir una incidencia</translation>
    </message>
    <message>
        <source>Open an incident on a line of this order (Ctrl+Shift+I)</source>
        <translation>Abrir una incidencia en una línea de este pedido (Ctrl+Mayús+I)</translation>
    </message>
    <message>
        <source>Open the seller&apos;s scorecard and propose a sanction with this case as evidence</source>
        <translation>Abrir la ficha del vendedor y proponer una sanción con este caso como prueba</translation>
    </message>
    <message>
        <source>Propose a sanction for the seller</source>
        <translation>Proponer una sanción para el vendedor</translation>
    </message>
    <message>
        <source>Propose sanction…</source>
        <translation>Proponer sanción…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Refund the customer (Ctrl+Shift+R)</source>
        <translation>Reembolsar al cliente (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Reembolsar…</translation>
    </message>
    <message>
        <source>Reopen the incident</source>
        <translation>Reabrir la incidencia</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Select an incident in the queue to see the order, the seller&apos;s resolution and the whole conversation.</source>
        <translation>Elige una incidencia de la cola para ver el pedido, la resolución del vendedor y toda la conversación.</translation>
    </message>
    <message>
        <source>The customer&apos;s latest message</source>
        <translation>El último mensaje del cliente</translation>
    </message>
    <message>
        <source>The incident is closed.</source>
        <translation>La incidencia está cerrada.</translation>
    </message>
    <message>
        <source>The incident is open.</source>
        <translation>La incidencia está abierta.</translation>
    </message>
    <message>
        <source>The order is not in the cache.</source>
        <translation>El pedido no está en la caché.</translation>
    </message>
    <message>
        <source>The seller&apos;s claim</source>
        <translation>Lo que dice el vendedor</translation>
    </message>
    <message>
        <source>This order has no conversation in the local cache.</source>
        <translation>Este pedido no tiene ninguna conversación en la caché local.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Timeline and conversation</source>
        <translation>Cronología y conversación</translation>
    </message>
    <message>
        <source>Write to the customer or the seller (Ctrl+R)</source>
        <translation>Escribir al cliente o al vendedor (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>KeepOpenDialog</name>
    <message>
        <source>Keep open</source>
        <translation>Mantener abierta</translation>
    </message>
    <message>
        <source>Keep the incident open</source>
        <translation>Mantener abierta la incidencia</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>Mensaje al cliente</translation>
    </message>
    <message>
        <source>Message to the seller</source>
        <translation>Mensaje al vendedor</translation>
    </message>
    <message>
        <source>The incident on order {0} stays open: the seller&apos;s resolution is not accepted.{1}</source>
        <translation>La incidencia del pedido {0} sigue abierta: no se acepta la resolución del vendedor.{1}</translation>
    </message>
    <message>
        <source>The marketplace shows it as disputed.</source>
        <translation>El marketplace la muestra como impugnada.</translation>
    </message>
    <message>
        <source>This marketplace has no dispute step: the incident simply stays open and the decision is recorded for the team.</source>
        <translation>Este marketplace no tiene paso de impugnación: la incidencia simplemente sigue abierta y la decisión queda registrada para el equipo.</translation>
    </message>
    <message>
        <source>Why (for the team record; required)</source>
        <translation>Por qué (para el registro del equipo; obligatorio)</translation>
    </message>
    <message>
        <source>Why the incident stays open</source>
        <translation>Por qué la incidencia sigue abierta</translation>
    </message>
</context>
<context>
    <name>KeyringDialog</name>
    <message>
        <source> for {0}</source>
        <translation> de {0}</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Guardar solo para esta sesión</translation>
    </message>
    <message>
        <source>Keyring backend: {0}</source>
        <translation>Sistema de llavero: {0}</translation>
    </message>
    <message>
        <source>Marketplace keys are kept only in the system keyring (GNOME Keyring or KWallet on Linux, the Keychain on macOS, Credential Manager on Windows), never in a file.

You can start or install a keyring service and try again, or keep the key for this session only: it stays in memory and is forgotten when the desk closes, so you will be asked for it again next time.

Reason: {0}</source>
        <translation>Las claves de los marketplaces solo se guardan en el llavero del sistema (GNOME Keyring o KWallet en Linux, el Llavero en macOS, el Administrador de credenciales en Windows), nunca en un archivo.

Puedes iniciar o instalar un servicio de llavero y volver a intentarlo, o guardar la clave solo para esta sesión: se queda en memoria y se olvida al cerrar el puesto, así que la próxima vez se te volverá a pedir.

Motivo: {0}</translation>
    </message>
    <message>
        <source>No usable keyring</source>
        <translation>No hay un llavero utilizable</translation>
    </message>
    <message>
        <source>The system keyring could not be used, so Operator Desk cannot store the key{0} safely.</source>
        <translation>No se ha podido usar el llavero del sistema, así que Operator Desk no puede guardar la clave{0} de forma segura.</translation>
    </message>
    <message>
        <source>This system has no keyring service, so Operator Desk cannot store the key{0} safely.</source>
        <translation>Este sistema no tiene servicio de llavero, así que Operator Desk no puede guardar la clave{0} de forma segura.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Grade (evaluations)</source>
        <translation>Nota (valoraciones)</translation>
    </message>
    <message>
        <source>Incident rate</source>
        <translation>Tasa de incidencias</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Late replies</source>
        <translation>Respuestas tardías</translation>
    </message>
    <message>
        <source>Messages with policy findings</source>
        <translation>Mensajes con hallazgos de política</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidencias abiertas</translation>
    </message>
    <message>
        <source>Order approval rate</source>
        <translation>Tasa de aceptación de pedidos</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation>Tasa de reembolsos</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabiertas</translation>
    </message>
    <message>
        <source>Reopened %</source>
        <translation>Reabiertas %</translation>
    </message>
    <message>
        <source>Reopened share</source>
        <translation>Proporción de reabiertas</translation>
    </message>
    <message>
        <source>Reply (median)</source>
        <translation>Respuesta (mediana)</translation>
    </message>
    <message>
        <source>Reply (p95)</source>
        <translation>Respuesta (p95)</translation>
    </message>
    <message>
        <source>Reply time (95th percentile)</source>
        <translation>Tiempo de respuesta (percentil 95)</translation>
    </message>
    <message>
        <source>Reply time (median)</source>
        <translation>Tiempo de respuesta (mediana)</translation>
    </message>
    <message>
        <source>Solved by seller, reopened</source>
        <translation>Resueltas por el vendedor, reabiertas</translation>
    </message>
    <message>
        <source>contact outside the platform</source>
        <translation>contacto fuera de la plataforma</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>publicidad</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Todos los mercados</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>This market</source>
        <translation>Este mercado</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
</context>
<context>
    <name>LadderDialog</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Añadir un escalón</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Days of this step</source>
        <translation>Días de este escalón</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Ladder (first step first):</source>
        <translation>Escala (primer escalón primero):</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Escalón</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Recidivism window:</source>
        <translation>Periodo de reincidencia:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Sanction ladder and thresholds: {0}</source>
        <translation>Escala de sanciones y umbrales: {0}</translation>
    </message>
    <message>
        <source>Termination notice:</source>
        <translation>Preaviso de resolución:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Operator Desk will use {0} after a restart. Restart now? Reply drafts are kept.</source>
        <translation>Operator Desk usará {0} después de reiniciarse. ¿Reiniciar ahora? Los borradores de respuesta se conservan.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>System ({0})</source>
        <translation>Sistema ({0})</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>LinkConfirmDialog</name>
    <message>
        <source>E-mail to: {0}</source>
        <translation>Correo a: {0}</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Dirección completa</translation>
    </message>
    <message>
        <source>Full address:</source>
        <translation>Dirección completa:</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <source>Site: {0}</source>
        <translation>Sitio: {0}</translation>
    </message>
    <message>
        <source>The address is a bare IP address, not a named site.</source>
        <translation>La dirección es una IP sin más, no un sitio con nombre.</translation>
    </message>
    <message>
        <source>The connection is not encrypted (http).</source>
        <translation>La conexión no está cifrada (http).</translation>
    </message>
    <message>
        <source>The part before &apos;@&apos; is not the site; the site is {0}.</source>
        <translation>La parte anterior a «@» no es el sitio; el sitio es {0}.</translation>
    </message>
    <message>
        <source>The site&apos;s name mixes alphabets, a common disguise.</source>
        <translation>El nombre del sitio mezcla alfabetos, un disfraz habitual.</translation>
    </message>
    <message>
        <source>The site&apos;s name uses international characters; its real form is {0}.</source>
        <translation>El nombre del sitio usa caracteres internacionales; su forma real es {0}.</translation>
    </message>
    <message>
        <source>This link comes from a message and opens outside the desk. Open it only if you trust where it goes.</source>
        <translation>Este enlace procede de un mensaje y se abre fuera del puesto. Ábrelo solo si confías en su destino.</translation>
    </message>
    <message>
        <source>This opens your e-mail program.</source>
        <translation>Se abrirá tu programa de correo.</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>Escribir correo</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>Link not opened</source>
        <translation>Enlace no abierto</translation>
    </message>
    <message>
        <source>The address could not be read.</source>
        <translation>No se ha podido leer la dirección.</translation>
    </message>
    <message>
        <source>This link did not come from the message text.</source>
        <translation>Este enlace no procede del texto del mensaje.</translation>
    </message>
    <message>
        <source>This link was not opened: {0}.

{1}</source>
        <translation>No se ha abierto este enlace: {0}.

{1}</translation>
    </message>
</context>
<context>
    <name>LocalDataController</name>
    <message numerus="yes">
        <source>Retention: personal data older than {0} days was wiped from %n cached record(s).</source>
        <translation>
            <numerusform>Conservación: se han borrado los datos personales de más de {0} días de %n registro de la caché.</numerusform>
            <numerusform>Conservación: se han borrado los datos personales de más de {0} días de %n registros de la caché.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Conexiones…</translation>
    </message>
    <message>
        <source>&amp;Data retention…</source>
        <translation>Conservación de &amp;datos…</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Puesto</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>I&amp;r a</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Team store…</source>
        <translation>Base de datos del &amp;equipo…</translation>
    </message>
    <message>
        <source>Opening the local cache…</source>
        <translation>Abriendo la caché local…</translation>
    </message>
    <message>
        <source>Operator Desk</source>
        <translation>Operator Desk</translation>
    </message>
    <message>
        <source>Re&amp;move all local data…</source>
        <translation>&amp;Quitar todos los datos locales…</translation>
    </message>
    <message>
        <source>SANDBOX – demo marketplaces with generated data; nothing you do here reaches a real customer or seller.</source>
        <translation>SANDBOX: marketplaces de demostración con datos generados; nada de lo que hagas aquí llega a un cliente o vendedor real.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Team &amp;rules…</source>
        <translation>&amp;Reglas del equipo…</translation>
    </message>
</context>
<context>
    <name>MarketRefundRules</name>
    <message>
        <source> days after shipment</source>
        <translation> días después del envío</translation>
    </message>
    <message>
        <source>Agents need approval above:</source>
        <translation>Los agentes necesitan aprobación por encima de:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Refund window of market {0}</source>
        <translation>Plazo de reembolso del mercado {0}</translation>
    </message>
    <message>
        <source>Refunds above a role&apos;s amount wait for a supervisor&apos;s approval; leave it empty for no limit. Amounts are in the market&apos;s currency, written as your language writes them.</source>
        <translation>Los reembolsos por encima del importe de un rol esperan la aprobación de un supervisor; déjalo vacío para no poner límite. Los importes van en la moneda del mercado y se escriben como es habitual en tu idioma.</translation>
    </message>
    <message>
        <source>Refunds allowed up to:</source>
        <translation>Reembolsos permitidos hasta:</translation>
    </message>
    <message>
        <source>Reviewers need approval above:</source>
        <translation>Los revisores necesitan aprobación por encima de:</translation>
    </message>
    <message>
        <source>Supervisors need approval above:</source>
        <translation>Los supervisores necesitan aprobación por encima de:</translation>
    </message>
    <message>
        <source>The built-in defaults: nobody has changed them yet.</source>
        <translation>Los valores predeterminados: nadie los ha cambiado todavía.</translation>
    </message>
    <message>
        <source>Version {0}, saved by {1} on {2}.</source>
        <translation>Versión {0}, guardada por {1} el {2}.</translation>
    </message>
    <message>
        <source>{0}: a limit cannot be negative.</source>
        <translation>{0}: un límite no puede ser negativo.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>MarketStatusBar</name>
    <message>
        <source>Cancel sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Last sync {0}</source>
        <translation>Última sincronización {0}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Stop the sync after the current page; what was fetched is kept and the next sync goes on from there.</source>
        <translation>Detener la sincronización después de la página actual; lo obtenido se conserva y la próxima sincronización sigue desde ahí.</translation>
    </message>
    <message>
        <source>Stopping the sync after the current page…</source>
        <translation>Deteniendo la sincronización después de la página actual…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>{0}: connecting…</source>
        <translation>{0}: conectando…</translation>
    </message>
    <message>
        <source>{0}: no key stored for this connection – add it in the connection settings</source>
        <translation>{0}: no hay clave guardada para esta conexión; añádela en la configuración de conexión</translation>
    </message>
    <message>
        <source>{0}: offline – showing cached data</source>
        <translation>{0}: sin conexión; se muestran datos en caché</translation>
    </message>
    <message>
        <source>{0}: online</source>
        <translation>{0}: conectado</translation>
    </message>
    <message>
        <source>{0}: the key was refused – check the connection settings</source>
        <translation>{0}: se ha rechazado la clave; revisa la configuración de conexión</translation>
    </message>
    <message>
        <source>{0}: the marketplace is busy or in trouble; retrying</source>
        <translation>{0}: el marketplace está saturado o tiene problemas; reintentando</translation>
    </message>
    <message>
        <source>{0}: your role may not read this marketplace</source>
        <translation>{0}: tu rol no puede leer este marketplace</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <source>A template needs a title and a text.</source>
        <translation>Una plantilla necesita un título y un texto.</translation>
    </message>
    <message>
        <source>Choose or type a topic.</source>
        <translation>Elige o escribe un tema.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The key is lower-case letters, digits and _ (it names the template in every language).</source>
        <translation>La clave se compone de minúsculas, cifras y _ (identifica la plantilla en todos los idiomas).</translation>
    </message>
    <message>
        <source>The same key in another language is the same template in that language: the desk offers the recipient&apos;s language first.</source>
        <translation>La misma clave en otro idioma es la misma plantilla en ese idioma: el puesto ofrece primero el idioma del destinatario.</translation>
    </message>
    <message>
        <source>This template exists in this language already: edit it there.</source>
        <translation>Esta plantilla ya existe en este idioma: edítala allí.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>e.g. refund_partial_issued</source>
        <translation>p. ej. refund_partial_issued</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Also show on the desktop</source>
        <translation>Mostrar también en el escritorio</translation>
    </message>
    <message>
        <source>Answer due soon</source>
        <translation>Respuesta a punto de vencer</translation>
    </message>
    <message>
        <source>Approval waiting for you</source>
        <translation>Una aprobación te espera</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Desktop notifications need a notification area (system tray), which this desktop does not offer; they show here only.</source>
        <translation>Las notificaciones de escritorio necesitan un área de notificación (bandeja del sistema), que este escritorio no ofrece; solo se muestran aquí.</translation>
    </message>
    <message>
        <source>New customer message</source>
        <translation>Nuevo mensaje del cliente</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Nota: {0}</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>The answer on {0} is due {1}.</source>
        <translation>La respuesta en {0} vence {1}.</translation>
    </message>
    <message>
        <source>The customer wrote on {0}, which you are working on.</source>
        <translation>El cliente ha escrito en {0}, en el que estás trabajando.</translation>
    </message>
    <message>
        <source>Your request was approved</source>
        <translation>Tu solicitud se ha aprobado</translation>
    </message>
    <message>
        <source>Your request was declined</source>
        <translation>Tu solicitud se ha rechazado</translation>
    </message>
    <message>
        <source>{0} approved {1} on {2}.</source>
        <translation>{0} ha aprobado {1} en {2}.</translation>
    </message>
    <message>
        <source>{0} asks to approve {1} on {2}.</source>
        <translation>{0} pide aprobar {1} en {2}.</translation>
    </message>
    <message>
        <source>{0} declined {1} on {2}.</source>
        <translation>{0} ha rechazado {1} en {2}.</translation>
    </message>
</context>
<context>
    <name>OpenIncidentDialog</name>
    <message>
        <source>Choose a reason…</source>
        <translation>Elige un motivo…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Open an incident</source>
        <translation>Abrir una incidencia</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Abrir incidencia</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Línea de pedido</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The seller and the customer see the new incident; it counts in the seller&apos;s statistics and freezes the order&apos;s cycle.</source>
        <translation>El vendedor y el cliente ven la nueva incidencia; cuenta en las estadísticas del vendedor y congela el ciclo del pedido.</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <source>An incident was opened on order {0}; it appears after the next sync.</source>
        <translation>Se ha abierto una incidencia en el pedido {0}; aparecerá tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>Incident not opened</source>
        <translation>Incidencia no abierta</translation>
    </message>
    <message>
        <source>Incident not reopened</source>
        <translation>Incidencia no reabierta</translation>
    </message>
    <message>
        <source>Opening an incident on order {0}…</source>
        <translation>Abriendo una incidencia en el pedido {0}…</translation>
    </message>
    <message>
        <source>Reopening the incident on order {0}…</source>
        <translation>Reabriendo la incidencia del pedido {0}…</translation>
    </message>
    <message>
        <source>The incident on order {0} is reopened: a new incident was opened on the same line; it appears after the next sync.</source>
        <translation>La incidencia del pedido {0} se ha reabierto: se ha abierto una incidencia nueva en la misma línea; aparecerá tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>The new incident on order {0} waits in the outbox; it is sent when market {1} can be reached.</source>
        <translation>La nueva incidencia del pedido {0} espera en la bandeja de salida; se enviará cuando el mercado {1} esté disponible.</translation>
    </message>
    <message>
        <source>The team store could not record the decision; see the log.</source>
        <translation>La base de datos del equipo no ha podido registrar la decisión; consulta el registro.</translation>
    </message>
    <message>
        <source>no incident was opened</source>
        <translation>no se ha abierto ninguna incidencia</translation>
    </message>
    <message>
        <source>the incident was not reopened</source>
        <translation>la incidencia no se ha reabierto</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>being placed</source>
        <translation>en curso de realización</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>incident closed</source>
        <translation>incidencia cerrada</translation>
    </message>
    <message>
        <source>incident open</source>
        <translation>incidencia abierta</translation>
    </message>
    <message>
        <source>ready for collection</source>
        <translation>listo para recoger</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>refund payment pending</source>
        <translation>pago del reembolso pendiente</translation>
    </message>
    <message>
        <source>refund pending</source>
        <translation>reembolso pendiente</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>refused by the seller</source>
        <translation>rechazado por el vendedor</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>to be shipped</source>
        <translation>pendiente de envío</translation>
    </message>
    <message>
        <source>waiting for payment</source>
        <translation>esperando el pago</translation>
    </message>
    <message>
        <source>waiting for the seller</source>
        <translation>esperando al vendedor</translation>
    </message>
</context>
<context>
    <name>OutboxChange</name>
    <message>
        <source>Incident status: you saw {0}, now it is {1}.</source>
        <translation>Estado de la incidencia: viste {0}, ahora es {1}.</translation>
    </message>
    <message>
        <source>It was sent but no answer came, and the marketplace does not show clearly whether it arrived ({0}). Check on the marketplace, then discard it or send it anyway.</source>
        <translation>La acción se envió, pero no llegó respuesta y el marketplace no muestra con claridad si llegó ({0}). Compruébalo en el marketplace y después descártala o envíala de todos modos.</translation>
    </message>
    <message>
        <source>Line {0}: you asked to refund {1}; {2} is left to refund.</source>
        <translation>Línea {0}: pediste reembolsar {1}; quedan {2} por reembolsar.</translation>
    </message>
    <message>
        <source>Newest: “{0}”</source>
        <translation>La más reciente: «{0}»</translation>
    </message>
    <message>
        <source>Shop state: the change needs {0}; the shop is {1} now.</source>
        <translation>Estado de la tienda: el cambio requiere {0}; la tienda está ahora en {1}.</translation>
    </message>
    <message numerus="yes">
        <source>The customer wrote %n new message(s) since you read the case.</source>
        <translation>
            <numerusform>El cliente ha escrito %n mensaje nuevo desde que leíste el caso.</numerusform>
            <numerusform>El cliente ha escrito %n mensajes nuevos desde que leíste el caso.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is {0} now; it can no longer be refunded.</source>
        <translation>El pedido está ahora en {0}; ya no se puede reembolsar.</translation>
    </message>
    <message>
        <source>{0} no longer exists on the marketplace.</source>
        <translation>{0} ya no existe en el marketplace.</translation>
    </message>
</context>
<context>
    <name>OutboxFilter</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Por resolver</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
</context>
<context>
    <name>OutboxKind</name>
    <message>
        <source>Close incident</source>
        <translation>Cerrar incidencia</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Mantener abierta</translation>
    </message>
    <message>
        <source>Message to seller</source>
        <translation>Mensaje al vendedor</translation>
    </message>
    <message>
        <source>New thread on order</source>
        <translation>Nueva conversación sobre el pedido</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Abrir incidencia</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Shop closing window</source>
        <translation>Periodo de cierre de la tienda</translation>
    </message>
    <message>
        <source>Shop state</source>
        <translation>Estado de la tienda</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>All markets</source>
        <translation>Todos los mercados</translation>
    </message>
    <message>
        <source>Cancel action…</source>
        <translation>Cancelar acción…</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>Cancelar acción</translation>
    </message>
    <message>
        <source>Cancel this action?</source>
        <translation>¿Cancelar esta acción?</translation>
    </message>
    <message>
        <source>Cancelled; it will not be sent.</source>
        <translation>Cancelada; la acción no se enviará.</translation>
    </message>
    <message>
        <source>Cannot read the outbox: {0}</source>
        <translation>No se puede leer la bandeja de salida: {0}</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Detalles: {0}</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard this action?</source>
        <translation>¿Descartar esta acción?</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>It can no longer be cancelled.</source>
        <translation>La acción ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>It changed meanwhile.</source>
        <translation>La acción ha cambiado mientras tanto.</translation>
    </message>
    <message>
        <source>It had already reached the marketplace; it is marked as sent.</source>
        <translation>La acción ya había llegado al marketplace; consta como enviada.</translation>
    </message>
    <message>
        <source>It is sent as it is.</source>
        <translation>La acción se envía tal cual.</translation>
    </message>
    <message>
        <source>It is tried again now.</source>
        <translation>La acción se vuelve a intentar ahora.</translation>
    </message>
    <message>
        <source>It may already have reached the marketplace; the desk checks first and tells you.</source>
        <translation>Puede que la acción ya haya llegado al marketplace; el puesto lo comprueba primero y te avisa.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Next try: {0}</source>
        <translation>Próximo intento: {0}</translation>
    </message>
    <message>
        <source>No answer came when it was sent; the desk found it on the marketplace afterwards.</source>
        <translation>Al enviarla no llegó respuesta; el puesto la encontró después en el marketplace.</translation>
    </message>
    <message>
        <source>Not saved: it was sent or changed meanwhile, or the text is empty.</source>
        <translation>No se ha guardado: la acción se ha enviado o ha cambiado mientras tanto, o el texto está vacío.</translation>
    </message>
    <message>
        <source>Nothing here. Actions wait here while a marketplace cannot be reached, and stay listed once sent.</source>
        <translation>Aquí no hay nada. Las acciones esperan aquí mientras no se puede acceder a un marketplace y siguen en la lista una vez enviadas.</translation>
    </message>
    <message>
        <source>Outbox actions</source>
        <translation>Acciones de la bandeja de salida</translation>
    </message>
    <message>
        <source>Queued: {0}</source>
        <translation>Añadida a la cola: {0}</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Saved; it is checked again before it is sent.</source>
        <translation>Guardado; la acción se vuelve a comprobar antes de enviarse.</translation>
    </message>
    <message>
        <source>Selected action in detail</source>
        <translation>Detalle de la acción seleccionada</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>¿Enviar de todos modos?</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>Enviar de todos modos…</translation>
    </message>
    <message>
        <source>Send what is due now</source>
        <translation>Enviar ya lo pendiente</translation>
    </message>
    <message>
        <source>Sending what is due…</source>
        <translation>Enviando lo pendiente…</translation>
    </message>
    <message>
        <source>Sent: {0}</source>
        <translation>Enviada: {0}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation>Estado: {0}</translation>
    </message>
    <message>
        <source>The case changed since you decided:
{0}

Send the action as it is?</source>
        <translation>El caso ha cambiado desde que decidiste:
{0}

¿Enviar la acción tal cual?</translation>
    </message>
    <message>
        <source>The case changed since you decided; nothing was sent:</source>
        <translation>El caso ha cambiado desde que decidiste; no se ha enviado nada:</translation>
    </message>
    <message>
        <source>The marketplace answered: {0}</source>
        <translation>El marketplace respondió: {0}</translation>
    </message>
    <message>
        <source>The marketplace cannot be read now, so the desk cannot tell whether it arrived; it was not cancelled. Try again later.</source>
        <translation>Ahora no se puede leer el marketplace, así que el puesto no puede saber si la acción llegó; no se ha cancelado. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The outbox could not be changed: {0}</source>
        <translation>No se ha podido modificar la bandeja de salida: {0}</translation>
    </message>
    <message>
        <source>Tries so far: {0}</source>
        <translation>Intentos hasta ahora: {0}</translation>
    </message>
    <message>
        <source>Waits for action #{0} of the same case to be sent, cancelled or discarded first.</source>
        <translation>Espera a que la acción #{0} del mismo caso se envíe, se cancele o se descarte.</translation>
    </message>
    <message>
        <source>{0} on {1} (market {2})</source>
        <translation>{0}: {1} (mercado {2})</translation>
    </message>
    <message>
        <source>{0} on {1} will not be sent.</source>
        <translation>La acción «{0}» sobre {1} no se enviará.</translation>
    </message>
</context>
<context>
    <name>OutboxProblem</name>
    <message>
        <source>An unexpected error happened; details are in the log.</source>
        <translation>Se ha producido un error inesperado; los detalles están en el registro.</translation>
    </message>
    <message>
        <source>It was sent to market {0} but no answer came. The desk checks the marketplace before it sends anything again.</source>
        <translation>La acción se envió al mercado {0}, pero no llegó respuesta. El puesto comprueba el marketplace antes de volver a enviar nada.</translation>
    </message>
    <message>
        <source>Market {0} could not be reached; the desk tries again by itself.</source>
        <translation>No se ha podido acceder al mercado {0}; el puesto lo vuelve a intentar por sí solo.</translation>
    </message>
    <message>
        <source>Market {0} is busy or in trouble; the desk tries again by itself.</source>
        <translation>El mercado {0} está saturado o tiene problemas; el puesto lo vuelve a intentar por sí solo.</translation>
    </message>
    <message>
        <source>Market {0} refused it.</source>
        <translation>El mercado {0} ha rechazado la acción.</translation>
    </message>
    <message>
        <source>The key for market {0} was refused. Fix it in the connection settings; the action goes out afterwards.</source>
        <translation>Se ha rechazado la clave del mercado {0}. Corrígela en la configuración de conexión; después se enviará la acción.</translation>
    </message>
    <message>
        <source>The marketplace said: {0}</source>
        <translation>El marketplace indicó: {0}</translation>
    </message>
    <message>
        <source>Your role on market {0} may not do this.</source>
        <translation>Tu rol en el mercado {0} no puede hacerlo.</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Behind #{0}</source>
        <translation>Espera a #{0}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Checking (sent, no answer)</source>
        <translation>Comprobando (enviada, sin respuesta)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
</context>
<context>
    <name>OutboxStatusButton</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n need(s) you</source>
        <translation>
            <numerusform>Bandeja de salida: %n por resolver</numerusform>
            <numerusform>Bandeja de salida: %n por resolver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
            <numerusform>Bandeja de salida: %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} waiting to be sent, {1} failed or in conflict. Click to open the outbox.</source>
        <translation>Pendientes de envío: {0}; fallidas o en conflicto: {1}. Haz clic para abrir la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
</context>
<context>
    <name>OutboxWaiting</name>
    <message>
        <source>conflict in the outbox</source>
        <translation>conflicto en la bandeja de salida</translation>
    </message>
    <message>
        <source>failed in the outbox</source>
        <translation>error en la bandeja de salida</translation>
    </message>
    <message>
        <source>pending in the outbox</source>
        <translation>pendiente en la bandeja de salida</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>pendiente de aprobación</translation>
    </message>
    <message>
        <source>{0}: the marketplace refused it; it waits in the outbox. Retry or cancel it on the outbox page.</source>
        <translation>{0}: el marketplace ha rechazado la acción; espera en la bandeja de salida, donde puedes reintentarla o cancelarla.</translation>
    </message>
    <message>
        <source>{0}: waits for a supervisor&apos;s approval in the outbox.</source>
        <translation>{0}: espera en la bandeja de salida la aprobación de un supervisor.</translation>
    </message>
    <message>
        <source>{0}: waits in the outbox because the case changed. Send it anyway or discard it on the outbox page.</source>
        <translation>{0}: espera en la bandeja de salida porque el caso ha cambiado. Allí puedes enviarla de todos modos o descartarla.</translation>
    </message>
    <message>
        <source>{0}: waits in the outbox until it is sent.</source>
        <translation>{0}: espera en la bandeja de salida hasta que se envíe.</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>vendedor</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>marketing</source>
        <translation>publicidad</translation>
    </message>
    <message>
        <source>non-answer</source>
        <translation>respuesta vacía</translation>
    </message>
    <message>
        <source>off-platform contact</source>
        <translation>contacto fuera de la plataforma</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>ProposeSanctionDialog</name>
    <message numerus="yes">
        <source>%n earlier sanction(s) in the recidivism window</source>
        <translation>
            <numerusform>%n sanción anterior en el periodo de reincidencia</numerusform>
            <numerusform>%n sanciones anteriores en el periodo de reincidencia</numerusform>
        </translation>
    </message>
    <message>
        <source>End it automatically on its date (lift a restriction or suspension, carry out a termination)</source>
        <translation>Terminarla automáticamente en su fecha (levantar una restricción o suspensión, ejecutar una resolución)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Evidence the sanction rests on:</source>
        <translation>Pruebas en las que se basa la sanción:</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Escalón</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Medida:</translation>
    </message>
    <message>
        <source>Pick at least one piece of evidence.</source>
        <translation>Elige al menos una prueba.</translation>
    </message>
    <message>
        <source>Propose a sanction: {0}</source>
        <translation>Proponer una sanción: {0}</translation>
    </message>
    <message>
        <source>Propose for approval</source>
        <translation>Proponer para aprobación</translation>
    </message>
    <message>
        <source>Rebuild text from the evidence</source>
        <translation>Volver a generar el texto a partir de las pruebas</translation>
    </message>
    <message>
        <source>Statement in: {0} · {1}</source>
        <translation>Motivación en: {0} · {1}</translation>
    </message>
    <message>
        <source>Statement of reasons</source>
        <translation>Motivación</translation>
    </message>
    <message>
        <source>The evidence or the measure changed; your edited text was kept. Rebuild it to include the change.</source>
        <translation>Las pruebas o la medida han cambiado; se ha conservado tu texto editado. Vuelve a generarlo para incluir el cambio.</translation>
    </message>
    <message>
        <source>{start} and {end} become the measure&apos;s dates when it is applied. The seller reads this text; message excerpts are quoted as they were written.</source>
        <translation>{start} y {end} pasan a ser las fechas de la medida cuando se aplica. El vendedor lee este texto; los fragmentos de mensajes se citan tal como se escribieron.</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Por qué se omitió</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Cualquier motivo</translation>
    </message>
    <message>
        <source>Any seller</source>
        <translation>Cualquier vendedor</translation>
    </message>
    <message>
        <source>Customer reaction filter</source>
        <translation>Filtro de reacción del cliente</translation>
    </message>
    <message>
        <source>Customer: any</source>
        <translation>Cliente: cualquiera</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>Eliminar el filtro guardado elegido</translation>
    </message>
    <message>
        <source>Maximum order value</source>
        <translation>Valor máximo del pedido</translation>
    </message>
    <message>
        <source>Minimum order value</source>
        <translation>Valor mínimo del pedido</translation>
    </message>
    <message>
        <source>Minimum waiting time in days</source>
        <translation>Tiempo mínimo de espera en días</translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation>Nombre para estos filtros:</translation>
    </message>
    <message>
        <source>Policy flag filter</source>
        <translation>Filtro de avisos de política</translation>
    </message>
    <message>
        <source>Policy: any</source>
        <translation>Política: cualquiera</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation>Filtro de motivo</translation>
    </message>
    <message>
        <source>Refund filter</source>
        <translation>Filtro de reembolso</translation>
    </message>
    <message>
        <source>Refund: any</source>
        <translation>Reembolso: cualquiera</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Reset these filters</source>
        <translation>Restablecer estos filtros</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <source>Save the current filters</source>
        <translation>Guardar los filtros actuales</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>Filtros guardados…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Seller filter</source>
        <translation>Filtro de vendedor</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>cualquier antigüedad</translation>
    </message>
    <message>
        <source>customer silent</source>
        <translation>el cliente no ha escrito</translation>
    </message>
    <message>
        <source>customer wrote after</source>
        <translation>el cliente escribió después</translation>
    </message>
    <message>
        <source>has a refund</source>
        <translation>con reembolso</translation>
    </message>
    <message>
        <source>no policy flags</source>
        <translation>sin avisos de política</translation>
    </message>
    <message>
        <source>no refund</source>
        <translation>sin reembolso</translation>
    </message>
    <message>
        <source>policy flags</source>
        <translation>con avisos de política</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>value from</source>
        <translation>valor de</translation>
    </message>
    <message>
        <source>waiting ≥ </source>
        <translation>espera ≥ </translation>
    </message>
    <message>
        <source>“{0}” is not an amount</source>
        <translation>«{0}» no es un importe</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidencia</numerusform>
            <numerusform>%n incidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) exported to {0}.</source>
        <translation>
            <numerusform>%n incidencia exportada a {0}.</numerusform>
            <numerusform>%n incidencias exportadas a {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un compañero</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Todos los mercados</translation>
    </message>
    <message>
        <source>All open incidents</source>
        <translation>Todas las incidencias abiertas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Cerrar incidencia</translation>
    </message>
    <message>
        <source>Close the selected incidents</source>
        <translation>Cerrar las incidencias seleccionadas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>Closed by me today</source>
        <translation>Cerradas por mí hoy</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Impugnadas</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Export the queue as CSV</source>
        <translation>Exportar la cola como CSV</translation>
    </message>
    <message>
        <source>Export this view as CSV</source>
        <translation>Exportar esta vista como CSV</translation>
    </message>
    <message>
        <source>Exporting the queue…</source>
        <translation>Exportando la cola…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Incident queue</source>
        <translation>Cola de incidencias</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Marked solved by the seller – waiting for us</source>
        <translation>Marcadas como resueltas por el vendedor: esperan nuestra revisión</translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation>Filtro de mercado</translation>
    </message>
    <message>
        <source>Next unclaimed incident</source>
        <translation>Siguiente incidencia sin asignar</translation>
    </message>
    <message>
        <source>No incident matches these filters.</source>
        <translation>Ninguna incidencia coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No incidents in this view.</source>
        <translation>No hay incidencias en esta vista.</translation>
    </message>
    <message>
        <source>Nothing to check: no seller has marked an incident as solved.
New ones appear here after the next sync.</source>
        <translation>Nada que revisar: ningún vendedor ha marcado una incidencia como resuelta.
Las nuevas aparecerán aquí tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>Older messages of this case could not be loaded from market {0}; the cached part is shown.</source>
        <translation>No se han podido cargar mensajes anteriores de este caso del mercado {0}; se muestra la parte en caché.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Abrir el caso</translation>
    </message>
    <message>
        <source>Previous incident</source>
        <translation>Incidencia anterior</translation>
    </message>
    <message>
        <source>Queue view</source>
        <translation>Vista de la cola</translation>
    </message>
    <message>
        <source>Search order, customer, e-mail, seller, incident</source>
        <translation>Buscar pedido, cliente, correo, vendedor, incidencia</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Buscar en la cola</translation>
    </message>
    <message>
        <source>Show more filters</source>
        <translation>Mostrar más filtros</translation>
    </message>
    <message>
        <source>The export failed: {0}. No file was written.</source>
        <translation>La exportación ha fallado: {0}. No se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>The queue could not be read from the local cache: {0}</source>
        <translation>No se ha podido leer la cola de la caché local: {0}</translation>
    </message>
    <message>
        <source>Who is working on this case</source>
        <translation>Quién está trabajando en este caso</translation>
    </message>
    <message>
        <source>{0} is working on this case. You can read it; decide only after talking to them.</source>
        <translation>{0} está trabajando en este caso. Puedes leerlo; decide solo después de hablar con esa persona.</translation>
    </message>
    <message>
        <source>{0} of {1} incidents written…</source>
        <translation>{0} de {1} incidencias escritas…</translation>
    </message>
</context>
<context>
    <name>RefundAmounts</name>
    <message>
        <source>&apos;{text}&apos; could be read two ways (thousands or decimals): write &apos;{hint}&apos; for {digits} whole units, or use &apos;{decimal}&apos; for decimals.</source>
        <translation>«{text}» se puede leer de dos formas (miles o decimales): escribe «{hint}» para {digits} unidades enteras o usa «{decimal}» para los decimales.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>«{text}» no es un importe.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not how this language writes an amount: did you mean &apos;{hint}&apos;? (decimal separator &apos;{decimal}&apos;)</source>
        <translation>«{text}» no es como se escribe un importe en este idioma: ¿querías decir «{hint}»? (separador decimal «{decimal}»)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not how this language writes an amount: write it like {example}.</source>
        <translation>«{text}» no es como se escribe un importe en este idioma: escríbelo como {example}.</translation>
    </message>
    <message>
        <source>Type an amount.</source>
        <translation>Escribe un importe.</translation>
    </message>
    <message>
        <source>{currency} amounts have {allowed} decimals at most; &apos;{text}&apos; has more.</source>
        <translation>Los importes en {currency} tienen como máximo {allowed} decimales; «{text}» tiene más.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>A refund was made on this order since you opened it (by a colleague, or the seller). Nothing was sent. The figures are updated: check what is left and choose again.</source>
        <translation>Desde que abriste este diálogo se ha hecho un reembolso en este pedido (un compañero o el vendedor). No se ha enviado nada. Las cifras están actualizadas: comprueba lo que queda y vuelve a elegir.</translation>
    </message>
    <message>
        <source>Amount for the whole order</source>
        <translation>Importe del pedido completo</translation>
    </message>
    <message>
        <source>Amount for the whole order:</source>
        <translation>Importe del pedido completo:</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Elige un motivo…</translation>
    </message>
    <message>
        <source>Figures from the local cache: the marketplace could not be asked now. They are checked against the marketplace again before anything is sent.</source>
        <translation>Cifras de la caché local: ahora no se ha podido consultar al marketplace. Se vuelven a comprobar con el marketplace antes de enviar nada.</translation>
    </message>
    <message>
        <source>Figures from the local cache; checking with the marketplace…</source>
        <translation>Cifras de la caché local; comprobando con el marketplace…</translation>
    </message>
    <message>
        <source>Figures read from the marketplace at {0}.</source>
        <translation>Cifras leídas del marketplace a las {0}.</translation>
    </message>
    <message>
        <source>Loading order {0}…</source>
        <translation>Cargando el pedido {0}…</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Plantilla de mensaje</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>Mensaje al cliente</translation>
    </message>
    <message>
        <source>Message to the customer (in {0})</source>
        <translation>Mensaje al cliente (en {0})</translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval (your limit is {0}), but the team store cannot be reached now.</source>
        <translation>Requiere la aprobación de un supervisor (tu límite es {0}), pero ahora no se puede acceder a la base de datos del equipo.</translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval: your limit is {0}.</source>
        <translation>Requiere la aprobación de un supervisor: tu límite es {0}.</translation>
    </message>
    <message>
        <source>No refund templates in this language</source>
        <translation>No hay plantillas de reembolso en este idioma</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Sin plantilla</translation>
    </message>
    <message>
        <source>Not allowed: {0}</source>
        <translation>No permitido: {0}</translation>
    </message>
    <message>
        <source>Optional. The platform notifies the customer of the refund automatically; add your own words here if you like.</source>
        <translation>Opcional. La plataforma avisa automáticamente al cliente del reembolso; añade aquí tus propias palabras si quieres.</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Líneas del pedido</translation>
    </message>
    <message>
        <source>Order {0} · {1} · customer {2} · market {3} · {4}</source>
        <translation>Pedido {0} · {1} · cliente {2} · mercado {3} · {4}</translation>
    </message>
    <message>
        <source>Partial amount per line</source>
        <translation>Importe parcial por línea</translation>
    </message>
    <message>
        <source>Personal message to the customer</source>
        <translation>Mensaje personal al cliente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <source>Refund reason</source>
        <translation>Motivo del reembolso</translation>
    </message>
    <message>
        <source>Refund {0}</source>
        <translation>Reembolsar {0}</translation>
    </message>
    <message>
        <source>Refunded {0}. The customer is notified by the platform; its notice shows in the thread after the next sync.</source>
        <translation>Reembolsado: {0}. La plataforma avisa al cliente; su aviso aparecerá en la conversación tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation>Solicitar aprobación</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent to a supervisor for approval (request {0}). You are notified when it is decided; nothing is refunded until then.</source>
        <translation>Enviado a un supervisor para su aprobación (solicitud {0}). Recibirás un aviso cuando se decida; hasta entonces no se reembolsa nada.</translation>
    </message>
    <message>
        <source>Shipping costs</source>
        <translation>Gastos de envío</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>The figures changed since the dialog opened: a refund was made meanwhile. What is left is updated.</source>
        <translation>Las cifras han cambiado desde que se abrió el diálogo: mientras tanto se ha hecho un reembolso. Lo que queda está actualizado.</translation>
    </message>
    <message>
        <source>The marketplace did not confirm the refund ({0}). It may have been made or not: before refunding again, reopen the refund - it reads the order back and shows what is left.</source>
        <translation>El marketplace no ha confirmado el reembolso ({0}). Puede que se haya hecho o no: antes de reembolsar otra vez, vuelve a abrir el reembolso; lee de nuevo el pedido y muestra lo que queda.</translation>
    </message>
    <message>
        <source>The marketplace refused the refund: {0}. Nothing was refunded.</source>
        <translation>El marketplace ha rechazado el reembolso: {0}. No se ha reembolsado nada.</translation>
    </message>
    <message>
        <source>The marketplace refused this desk&apos;s key. Nothing was refunded; check the key in the connection settings.</source>
        <translation>El marketplace ha rechazado la clave de este puesto. No se ha reembolsado nada; revisa la clave en la configuración de conexión.</translation>
    </message>
    <message>
        <source>The order cannot be shown: {0}</source>
        <translation>No se puede mostrar el pedido: {0}</translation>
    </message>
    <message>
        <source>The order changed since you read it: {0}. The refund waits in the outbox; send it anyway or discard it there.</source>
        <translation>El pedido ha cambiado desde que lo leíste: {0}. El reembolso espera en la bandeja de salida; envíalo de todos modos o descártalo allí.</translation>
    </message>
    <message>
        <source>The order is not in the local cache; sync and try again.</source>
        <translation>El pedido no está en la caché local; sincroniza y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The refund did not happen ({0}): {1}</source>
        <translation>El reembolso no se ha hecho ({0}): {1}</translation>
    </message>
    <message>
        <source>The refund failed unexpectedly: {0}. Details are in the log.</source>
        <translation>El reembolso ha fallado de forma inesperada: {0}. Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>The refund of {0} is queued and goes out as soon as the marketplace is reachable.</source>
        <translation>El reembolso de {0} está en cola y se enviará en cuanto el marketplace esté disponible.</translation>
    </message>
    <message>
        <source>This approved refund is in the outbox already, so it was not queued a second time ({0}). Retry, send or cancel it on the outbox page.</source>
        <translation>Este reembolso aprobado ya está en la bandeja de salida, así que no se ha puesto en cola por segunda vez ({0}). Reinténtalo, envíalo o cancélalo allí.</translation>
    </message>
    <message>
        <source>This approved refund was sent already, so it was not sent again ({0}).</source>
        <translation>Este reembolso aprobado ya se había enviado, así que no se ha vuelto a enviar ({0}).</translation>
    </message>
    <message>
        <source>This refund needs a supervisor&apos;s approval, but the team store cannot be reached. Nothing was sent or requested; try again when it is back.</source>
        <translation>Este reembolso requiere la aprobación de un supervisor, pero no se puede acceder a la base de datos del equipo. No se ha enviado ni solicitado nada; vuelve a intentarlo cuando vuelva.</translation>
    </message>
    <message>
        <source>To refund now: {0}</source>
        <translation>A reembolsar ahora: {0}</translation>
    </message>
    <message>
        <source>Units of products</source>
        <translation>Unidades de productos</translation>
    </message>
    <message>
        <source>Whole remaining order</source>
        <translation>Todo lo que queda del pedido</translation>
    </message>
    <message>
        <source>Within your limit of {0}.</source>
        <translation>Dentro de tu límite de {0}.</translation>
    </message>
    <message>
        <source>Your personal message was not sent ({0}); write it from the conversation.</source>
        <translation>Tu mensaje personal no se ha enviado ({0}); escríbelo desde la conversación.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <source>Left</source>
        <translation>Queda</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Línea {0}: {1}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Pending refunds count against what is left: the money is on its way.</source>
        <translation>Los reembolsos pendientes cuentan contra lo que queda: el dinero está en camino.</translation>
    </message>
    <message>
        <source>Products now</source>
        <translation>Productos ahora</translation>
    </message>
    <message>
        <source>Products {0} (unit price {1}), shipping {2}; amounts include tax.</source>
        <translation>Productos {0} (precio unitario {1}), envío {2}; importes con impuestos incluidos.</translation>
    </message>
    <message>
        <source>Products {0}, shipping {1}</source>
        <translation>Productos {0}, envío {1}</translation>
    </message>
    <message>
        <source>Refunded so far</source>
        <translation>Reembolsado hasta ahora</translation>
    </message>
    <message>
        <source>Shipping now</source>
        <translation>Envío ahora</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>RefundRules</name>
    <message>
        <source>Choose a refund reason.</source>
        <translation>Elige un motivo de reembolso.</translation>
    </message>
    <message>
        <source>Line not shipped — line {line} is {state}: only shipped lines can be refunded.</source>
        <translation>Línea no enviada: la línea {line} está en estado «{state}»; solo se pueden reembolsar líneas enviadas.</translation>
    </message>
    <message>
        <source>Line {line} is not part of order {order}.</source>
        <translation>La línea {line} no forma parte del pedido {order}.</translation>
    </message>
    <message>
        <source>Line {line}: more units than are left to refund (chosen: {units}, left: {left}).</source>
        <translation>Línea {line}: más unidades de las que quedan por reembolsar (elegidas: {units}, quedan: {left}).</translation>
    </message>
    <message>
        <source>Line {line}: refund amounts must be more than zero ({amount} is not).</source>
        <translation>Línea {line}: los importes de reembolso deben ser mayores que cero ({amount} no lo es).</translation>
    </message>
    <message>
        <source>Line {line}: the amount is in {currency}, the order in {order_currency}; a refund is paid in the order&apos;s currency.</source>
        <translation>Línea {line}: el importe está en {currency} y el pedido en {order_currency}; un reembolso se paga en la moneda del pedido.</translation>
    </message>
    <message>
        <source>Line {line}: {amount} has more decimals than {currency} has ({digits}).</source>
        <translation>Línea {line}: {amount} tiene más decimales de los que tiene {currency} ({digits}).</translation>
    </message>
    <message>
        <source>Not above what is left — line {line}: {amount} is more than the {left} left on its products (paid {paid}, refunded {refunded}).</source>
        <translation>No más de lo que queda: línea {line}: {amount} es más que los {left} que quedan en sus productos (pagado {paid}, reembolsado {refunded}).</translation>
    </message>
    <message>
        <source>Not above what is left — line {line}: {amount} of shipping is more than the {left} of shipping left (paid {paid}, refunded {refunded}).</source>
        <translation>No más de lo que queda: línea {line}: {amount} de envío es más que los {left} de envío que quedan (pagado {paid}, reembolsado {refunded}).</translation>
    </message>
    <message>
        <source>Nothing to refund yet: choose an amount, units or shipping costs.</source>
        <translation>Aún no hay nada que reembolsar: elige un importe, unidades o gastos de envío.</translation>
    </message>
    <message>
        <source>Order {order} is {state}: the marketplace refuses refunds on closed and canceled orders.</source>
        <translation>El pedido {order} está en estado «{state}»: el marketplace rechaza reembolsos en pedidos cerrados y cancelados.</translation>
    </message>
    <message>
        <source>Reason {reason} is not a refund reason (the platform&apos;s type REFUND).</source>
        <translation>El motivo {reason} no es un motivo de reembolso (tipo REFUND de la plataforma).</translation>
    </message>
    <message>
        <source>Too late — line {line} was shipped on {shipped}, {days} days ago: market {market} allows refunds up to {window} days after shipment.</source>
        <translation>Demasiado tarde: la línea {line} se envió el {shipped}, hace {days} días; el mercado {market} permite reembolsos hasta {window} días después del envío.</translation>
    </message>
</context>
<context>
    <name>RefundState</name>
    <message>
        <source>awaiting tax check</source>
        <translation>pendiente de revisión fiscal</translation>
    </message>
    <message>
        <source>payment pending</source>
        <translation>pago pendiente</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>refused, not counted</source>
        <translation>rechazado, no cuenta</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
</context>
<context>
    <name>RemoveDataDialog</name>
    <message>
        <source>Checking the export file…</source>
        <translation>Comprobando el archivo de exportación…</translation>
    </message>
    <message>
        <source>Choose export file…</source>
        <translation>Elegir archivo de exportación…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export the outbox and team store to</source>
        <translation>Exportar la bandeja de salida y la base de datos del equipo a</translation>
    </message>
    <message>
        <source>Export to: (not chosen)</source>
        <translation>Exportar a: (sin elegir)</translation>
    </message>
    <message>
        <source>Export to: {0}</source>
        <translation>Exportar a: {0}</translation>
    </message>
    <message>
        <source>Exported {0} to {1} ({2}).</source>
        <translation>Exportado a {1}: {0} ({2}).</translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation>Archivos: {0}</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Entiendo que esto no se puede deshacer</translation>
    </message>
    <message>
        <source>Kept {0}: {1}</source>
        <translation>Conservado: {0}: {1}</translation>
    </message>
    <message>
        <source>Looking at the local data…</source>
        <translation>Revisando los datos locales…</translation>
    </message>
    <message>
        <source>Nothing more was removed: {0}</source>
        <translation>No se ha quitado nada más: {0}</translation>
    </message>
    <message>
        <source>Operator Desk closes now: it has no local data left to work with. Start it again to work with fresh data from the marketplaces.</source>
        <translation>Operator Desk se cierra ahora: no le quedan datos locales con los que trabajar. Vuelve a iniciarlo para trabajar con datos nuevos de los marketplaces.</translation>
    </message>
    <message>
        <source>Quit Operator Desk</source>
        <translation>Salir de Operator Desk</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove all local data</source>
        <translation>Quitar todos los datos locales</translation>
    </message>
    <message>
        <source>Removed {0} ({1}).</source>
        <translation>Quitado: {0} ({1}).</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
    <message>
        <source>Settings, logs and the keys in the system keyring stay.</source>
        <translation>La configuración, los registros y las claves del llavero del sistema se conservan.</translation>
    </message>
    <message>
        <source>The desk has stopped working with its data for the removal: choose another export file and remove again, or quit and start the desk again.</source>
        <translation>El puesto ha dejado de trabajar con sus datos para quitarlos: elige otro archivo de exportación y vuelve a quitarlos, o sal y vuelve a iniciar el puesto.</translation>
    </message>
    <message>
        <source>The desk stops syncing and sending before the removal and closes when it is done.</source>
        <translation>El puesto deja de sincronizar y de enviar antes de quitar los datos y se cierra al terminar.</translation>
    </message>
    <message>
        <source>The embedded sandbox&apos;s demo marketplace stays: its data is generated and describes no real person. What the desk copied from it (cache, outbox, team store) is removed with the rest.</source>
        <translation>El marketplace de demostración del sandbox integrado se conserva: sus datos son generados y no describen a ninguna persona real. Lo que el puesto copió de él (caché, bandeja de salida, base de datos del equipo) se quita con el resto.</translation>
    </message>
    <message>
        <source>There is no local data to remove.</source>
        <translation>No hay datos locales que quitar.</translation>
    </message>
    <message>
        <source>This removes from this computer:</source>
        <translation>Esto quita de este ordenador:</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>adjuntos</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>borradores</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>the cache</source>
        <translation>la caché</translation>
    </message>
    <message>
        <source>the outbox</source>
        <translation>la bandeja de salida</translation>
    </message>
    <message>
        <source>the team store</source>
        <translation>la base de datos del equipo</translation>
    </message>
    <message numerus="yes">
        <source>• %n unsent reply draft(s), after exporting them to a file you choose</source>
        <translation>
            <numerusform>• %n borrador de respuesta sin enviar, después de exportarlo a un archivo que elijas</numerusform>
            <numerusform>• %n borradores de respuesta sin enviar, después de exportarlos a un archivo que elijas</numerusform>
        </translation>
    </message>
    <message>
        <source>• downloaded attachments ({0})</source>
        <translation>• adjuntos descargados ({0})</translation>
    </message>
    <message>
        <source>• the cache of marketplace data ({0}); it fills again from the marketplaces</source>
        <translation>• la caché de datos de los marketplaces ({0}); se vuelve a llenar desde los marketplaces</translation>
    </message>
    <message>
        <source>• the local team store (decisions, approvals, templates, audit log), after exporting it to a file you choose</source>
        <translation>• la base de datos local del equipo (decisiones, aprobaciones, plantillas, registro de auditoría), después de exportarla a un archivo que elijas</translation>
    </message>
    <message>
        <source>• the local team store, which holds nothing of yours yet</source>
        <translation>• la base de datos local del equipo, que aún no contiene nada tuyo</translation>
    </message>
    <message>
        <source>• the outbox (the actions this desk sent, and those still waiting, which will not be sent), after exporting it to a file you choose</source>
        <translation>• la bandeja de salida (las acciones que este puesto envió y las que aún esperan, que ya no se enviarán), después de exportarla a un archivo que elijas</translation>
    </message>
    <message>
        <source>• the outbox, which holds no action</source>
        <translation>• la bandeja de salida, que no contiene ninguna acción</translation>
    </message>
</context>
<context>
    <name>ReopenIncidentDialog</name>
    <message>
        <source>(date unknown)</source>
        <translation>(fecha desconocida)</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Elige un motivo…</translation>
    </message>
    <message>
        <source>Closed incident</source>
        <translation>Incidencia cerrada</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason for the new incident</source>
        <translation>Motivo de la nueva incidencia</translation>
    </message>
    <message>
        <source>Reopen an incident</source>
        <translation>Reabrir una incidencia</translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation>Reabrir incidencia</translation>
    </message>
    <message>
        <source>The marketplace cannot reopen a closed incident: a new incident is opened on the same line of order {0}. The seller and the customer see it; it counts in the seller&apos;s statistics and freezes the order&apos;s cycle. The closed incident keeps its history, and your reason is recorded for the team.</source>
        <translation>El marketplace no puede reabrir una incidencia cerrada: se abre una incidencia nueva en la misma línea del pedido {0}. El vendedor y el cliente la ven; cuenta en las estadísticas del vendedor y congela el ciclo del pedido. La incidencia cerrada conserva su historial y tu motivo queda registrado para el equipo.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Why it was closed too early (for the team record; required)</source>
        <translation>Por qué se cerró demasiado pronto (queda registrado para el equipo; obligatorio)</translation>
    </message>
    <message>
        <source>Why the incident is reopened</source>
        <translation>Por qué se reabre la incidencia</translation>
    </message>
    <message>
        <source>{0} · closed {1}</source>
        <translation>{0} · cerrada {1}</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Adjuntar…</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nueva conversación</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>P&amp;lantilla:</translation>
    </message>
    <message>
        <source>An attachment could not be read: {0}</source>
        <translation>No se ha podido leer un adjunto: {0}</translation>
    </message>
    <message>
        <source>An attachment is larger than 10 MB; nothing was sent.</source>
        <translation>Un adjunto supera los 10 MB; no se ha enviado nada.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation>Adjuntado: {0}</translation>
    </message>
    <message>
        <source>Attachments: {0}</source>
        <translation>Adjuntos: {0}</translation>
    </message>
    <message>
        <source>Check who receives it, then send (Ctrl+Return)</source>
        <translation>Comprueba quién lo recibe y envía (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Elige una plantilla…</translation>
    </message>
    <message>
        <source>Choose who receives the message.</source>
        <translation>Elige quién recibe el mensaje.</translation>
    </message>
    <message>
        <source>Customer ({0})</source>
        <translation>Cliente ({0})</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Borrador recuperado</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>Give the new conversation a subject.</source>
        <translation>Pon un asunto a la nueva conversación.</translation>
    </message>
    <message>
        <source>Insert a template; the recipient&apos;s language is offered first</source>
        <translation>Insertar una plantilla; primero se ofrece el idioma del destinatario</translation>
    </message>
    <message>
        <source>Market {0} cannot be reached; the message was not sent. Your text is kept as a draft.</source>
        <translation>No se puede acceder al mercado {0}; el mensaje no se ha enviado. Tu texto se conserva como borrador.</translation>
    </message>
    <message>
        <source>Market {0} did not accept the message; nothing was sent. Your text is kept as a draft.</source>
        <translation>El mercado {0} no ha aceptado el mensaje; no se ha enviado nada. Tu texto se conserva como borrador.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Mensaje enviado.</translation>
    </message>
    <message>
        <source>No templates</source>
        <translation>No hay plantillas</translation>
    </message>
    <message>
        <source>No templates (team store not open)</source>
        <translation>No hay plantillas (base de datos del equipo no abierta)</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Quitar adjuntos</translation>
    </message>
    <message>
        <source>Seller ({0})</source>
        <translation>Vendedor ({0})</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send this message?</source>
        <translation>¿Enviar este mensaje?</translation>
    </message>
    <message>
        <source>Send to the customer</source>
        <translation>Enviar al cliente</translation>
    </message>
    <message>
        <source>Send to the seller</source>
        <translation>Enviar al vendedor</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Start a new conversation on this order (or with this seller) instead of replying here</source>
        <translation>Iniciar una conversación nueva sobre este pedido (o con este vendedor) en lugar de responder aquí</translation>
    </message>
    <message>
        <source>Subject of the new conversation</source>
        <translation>Asunto de la nueva conversación</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>The draft could not be saved: {0}</source>
        <translation>No se ha podido guardar el borrador: {0}</translation>
    </message>
    <message>
        <source>The marketplace said: {0}</source>
        <translation>El marketplace indicó: {0}</translation>
    </message>
    <message>
        <source>The message could not be sent: {0}</source>
        <translation>No se ha podido enviar el mensaje: {0}</translation>
    </message>
    <message>
        <source>The message waits in the outbox; it is sent when the marketplace can be reached.</source>
        <translation>El mensaje espera en la bandeja de salida; se enviará cuando el marketplace esté disponible.</translation>
    </message>
    <message>
        <source>This message starts a new conversation “{0}” with:</source>
        <translation>Este mensaje inicia una conversación nueva «{0}» con:</translation>
    </message>
    <message>
        <source>This message will be sent to:</source>
        <translation>Este mensaje se enviará a:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>Escribe primero un mensaje.</translation>
    </message>
    <message>
        <source>Write to the customer or the seller…</source>
        <translation>Escribe al cliente o al vendedor…</translation>
    </message>
    <message>
        <source>Your operator team sees it too; nobody else does.</source>
        <translation>Tu equipo del operador también lo ve; nadie más.</translation>
    </message>
    <message>
        <source>Your role on market {0} may not send messages.</source>
        <translation>Tu rol en el mercado {0} no puede enviar mensajes.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Conservación de datos</translation>
    </message>
    <message>
        <source>Never wipe it (not recommended)</source>
        <translation>No borrarlos nunca (no recomendado)</translation>
    </message>
    <message>
        <source>Personal data then stays in the cache for as long as the desk is used.</source>
        <translation>Los datos personales se quedan entonces en la caché mientras se use el puesto.</translation>
    </message>
    <message>
        <source>Retention period in days</source>
        <translation>Plazo de conservación en días</translation>
    </message>
    <message>
        <source>The cache keeps customers&apos; and sellers&apos; names, e-mail addresses, messages and tracking numbers. After the retention period they are wiped from it; ids, states, dates and amounts stay, and so do cases still open. The audit log is not affected: it holds ids, actions and amounts only.</source>
        <translation>La caché guarda nombres, direcciones de correo, mensajes y números de seguimiento de clientes y vendedores. Pasado el plazo de conservación, se borran de ella; los ID, estados, fechas e importes se quedan, igual que los casos aún abiertos. El registro de auditoría no se ve afectado: solo contiene ID, acciones e importes.</translation>
    </message>
    <message>
        <source>The period applies now and whenever the desk starts.</source>
        <translation>El plazo se aplica ahora y cada vez que se inicia el puesto.</translation>
    </message>
    <message>
        <source>Wipe cached personal data after</source>
        <translation>Borrar los datos personales de la caché después de</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>This key does not belong to an operator user, so it may not {0}.</source>
        <translation>Esta clave no pertenece a un usuario del operador, así que no puede {0}.</translation>
    </message>
    <message>
        <source>Your role ({0}) may not {1}; this takes the role: {2}.</source>
        <translation>Tu rol ({0}) no puede {1}; para ello hace falta el rol: {2}.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Tu rol no puede hacer esto.</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>apply sanctions</source>
        <translation>aplicar sanciones</translation>
    </message>
    <message>
        <source>approve refunds</source>
        <translation>aprobar reembolsos</translation>
    </message>
    <message>
        <source>approve sanctions</source>
        <translation>aprobar sanciones</translation>
    </message>
    <message>
        <source>change a shop&apos;s state</source>
        <translation>cambiar el estado de una tienda</translation>
    </message>
    <message>
        <source>close incidents</source>
        <translation>cerrar incidencias</translation>
    </message>
    <message>
        <source>edit reply templates</source>
        <translation>editar plantillas de respuesta</translation>
    </message>
    <message>
        <source>edit rule settings</source>
        <translation>cambiar la configuración de reglas</translation>
    </message>
    <message>
        <source>keep incidents open</source>
        <translation>mantener abiertas incidencias</translation>
    </message>
    <message>
        <source>open incidents</source>
        <translation>abrir incidencias</translation>
    </message>
    <message>
        <source>propose sanctions</source>
        <translation>proponer sanciones</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolsar</translation>
    </message>
    <message>
        <source>reply to messages</source>
        <translation>responder a mensajes</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>view cases</source>
        <translation>ver casos</translation>
    </message>
</context>
<context>
    <name>Sanction</name>
    <message>
        <source>Approved, not applied</source>
        <translation>Aprobada, no aplicada</translation>
    </message>
    <message>
        <source>Breach: {0}</source>
        <translation>Incumplimiento: {0}</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levantada</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>Preaviso comunicado</translation>
    </message>
    <message>
        <source>Restriction of selling rights</source>
        <translation>Restricción de los derechos de venta</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Temporary suspension</source>
        <translation>Suspensión temporal</translation>
    </message>
    <message>
        <source>Termination (30 days&apos; notice)</source>
        <translation>Resolución (30 días de preaviso)</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>appeal open</source>
        <translation>recurso abierto</translation>
    </message>
    <message>
        <source>appeal rejected</source>
        <translation>recurso rechazado</translation>
    </message>
    <message>
        <source>appeal upheld</source>
        <translation>recurso estimado</translation>
    </message>
    <message>
        <source>refused by the marketplace</source>
        <translation>rechazado por el marketplace</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>pendiente de envío</translation>
    </message>
    <message>
        <source>{0} ({1} days)</source>
        <translation>{0} ({1} días)</translation>
    </message>
</context>
<context>
    <name>SanctionTableModel</name>
    <message>
        <source>Appeals</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobada por</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Propuesta por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>In business hours of the market, over {0} answered questions</source>
        <translation>En horario hábil del mercado, sobre {0} preguntas respondidas</translation>
    </message>
    <message>
        <source>The platform reports an average in calendar hours.</source>
        <translation>La plataforma indica una media en horas naturales.</translation>
    </message>
    <message>
        <source>also in: {0}</source>
        <translation>también en: {0}</translation>
    </message>
    <message>
        <source>{0} (average)</source>
        <translation>{0} (media)</translation>
    </message>
    <message>
        <source>{0} late of {1} questions answered or overdue</source>
        <translation>{0} tarde de {1} preguntas respondidas o vencidas</translation>
    </message>
    <message>
        <source>{0} of {1} accepted order lines had an incident</source>
        <translation>{0} de {1} líneas de pedido aceptadas tuvieron una incidencia</translation>
    </message>
    <message>
        <source>{0} of {1} accepted order lines were refunded</source>
        <translation>{0} de {1} líneas de pedido aceptadas se reembolsaron</translation>
    </message>
    <message>
        <source>{0} of {1} incidents marked solved by the seller did not stay solved</source>
        <translation>{0} de {1} incidencias marcadas como resueltas por el vendedor no siguieron resueltas</translation>
    </message>
    <message>
        <source>{0} · shop {1} · {2} · last {3} days</source>
        <translation>{0} · tienda {1} · {2} · últimos {3} días</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <source>Across markets (shops of the same name)</source>
        <translation>Entre mercados (tiendas con el mismo nombre)</translation>
    </message>
    <message>
        <source>Apply on the marketplace</source>
        <translation>Aplicar en el marketplace</translation>
    </message>
    <message>
        <source>Approve or decline…</source>
        <translation>Aprobar o rechazar…</translation>
    </message>
    <message>
        <source>Decide appeal…</source>
        <translation>Resolver el recurso…</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Levantar</translation>
    </message>
    <message>
        <source>Propose sanction…</source>
        <translation>Proponer sanción…</translation>
    </message>
    <message>
        <source>Record appeal…</source>
        <translation>Registrar recurso…</translation>
    </message>
    <message>
        <source>Resend statement</source>
        <translation>Reenviar la motivación</translation>
    </message>
    <message>
        <source>Sanction history</source>
        <translation>Historial de sanciones</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sanciones</translation>
    </message>
    <message>
        <source>Select a seller to see the scorecard.</source>
        <translation>Elige un vendedor para ver su ficha.</translation>
    </message>
    <message>
        <source>Seller KPIs</source>
        <translation>KPI del vendedor</translation>
    </message>
    <message>
        <source>Terminate now</source>
        <translation>Resolver ahora</translation>
    </message>
    <message>
        <source>The team store cannot be reached: the sanction history and sanction actions wait until it is back.</source>
        <translation>No se puede acceder a la base de datos del equipo: el historial y las acciones de sanción esperan hasta que vuelva.</translation>
    </message>
</context>
<context>
    <name>SellersModel</name>
    <message>
        <source>Evaluations</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>SellersPage</name>
    <message numerus="yes">
        <source>%n sanction(s) due:</source>
        <translation>
            <numerusform>%n sanción pendiente:</numerusform>
            <numerusform>%n sanciones pendientes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sanction(s) ended on their date.</source>
        <translation>
            <numerusform>%n sanción terminada en su fecha.</numerusform>
            <numerusform>%n sanciones terminadas en su fecha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s)</source>
        <translation>
            <numerusform>%n vendedor</numerusform>
            <numerusform>%n vendedores</numerusform>
        </translation>
    </message>
    <message>
        <source>A colleague decided this sanction first.</source>
        <translation>Un compañero decidió antes sobre esta sanción.</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Todos los mercados</translation>
    </message>
    <message>
        <source>Appeal decided; the seller is told the outcome.</source>
        <translation>Recurso resuelto; el vendedor recibe el resultado.</translation>
    </message>
    <message>
        <source>Appeal recorded.</source>
        <translation>Recurso registrado.</translation>
    </message>
    <message>
        <source>Apply “{0}” to {1} on market {2}? The statement of reasons is sent to the seller.</source>
        <translation>¿Aplicar «{0}» a {1} en el mercado {2}? Se enviará la motivación al vendedor.</translation>
    </message>
    <message>
        <source>Asking market {0} for its figures…</source>
        <translation>Pidiendo sus cifras al mercado {0}…</translation>
    </message>
    <message>
        <source>Compute every seller&apos;s figures again from the local cache</source>
        <translation>Volver a calcular las cifras de todos los vendedores desde la caché local</translation>
    </message>
    <message>
        <source>Computing figures…</source>
        <translation>Calculando cifras…</translation>
    </message>
    <message numerus="yes">
        <source>Figures of %n seller(s) computed.</source>
        <translation>
            <numerusform>Cifras de %n vendedor calculadas.</numerusform>
            <numerusform>Cifras de %n vendedores calculadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ladder and thresholds saved for market {0}.</source>
        <translation>Escala y umbrales guardados para el mercado {0}.</translation>
    </message>
    <message>
        <source>Ladder and thresholds…</source>
        <translation>Escala y umbrales…</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Lift {0} {1} (ended {2})</source>
        <translation>Levantar {0} {1} (terminó {2})</translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation>Filtro de mercado</translation>
    </message>
    <message>
        <source>Market {0} did not give its own figures; the desk&apos;s are shown.</source>
        <translation>El mercado {0} no ha dado sus propias cifras; se muestran las del puesto.</translation>
    </message>
    <message>
        <source>Market {0} does not publish seller statistics.</source>
        <translation>El mercado {0} no publica estadísticas de vendedores.</translation>
    </message>
    <message>
        <source>Market {0} is offline: the platform&apos;s own figures are not shown.</source>
        <translation>El mercado {0} no está disponible: no se muestran las cifras propias de la plataforma.</translation>
    </message>
    <message>
        <source>Only at or past a threshold</source>
        <translation>Solo en un umbral o por encima</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Pick a market (or a seller) first.</source>
        <translation>Elige primero un mercado (o un vendedor).</translation>
    </message>
    <message>
        <source>Platform: the marketplace&apos;s own figures (S20/S21) for the same span.</source>
        <translation>Plataforma: las cifras propias del marketplace (S20/S21) para el mismo periodo.</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Recalcular</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanción</translation>
    </message>
    <message>
        <source>Sanction applied on market {0}; the seller has the statement.</source>
        <translation>Sanción aplicada en el mercado {0}; el vendedor tiene la motivación.</translation>
    </message>
    <message>
        <source>Sanction approved.</source>
        <translation>Sanción aprobada.</translation>
    </message>
    <message>
        <source>Sanction declined.</source>
        <translation>Sanción rechazada.</translation>
    </message>
    <message>
        <source>Sanction lifted on market {0}.</source>
        <translation>Sanción levantada en el mercado {0}.</translation>
    </message>
    <message>
        <source>Sanction proposed; it waits for a supervisor&apos;s approval.</source>
        <translation>Sanción propuesta; espera la aprobación de un supervisor.</translation>
    </message>
    <message>
        <source>Search seller name or shop id</source>
        <translation>Buscar nombre del vendedor o ID de tienda</translation>
    </message>
    <message>
        <source>Search sellers</source>
        <translation>Buscar vendedores</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Vendedores</translation>
    </message>
    <message>
        <source>Shop terminated on market {0}.</source>
        <translation>Tienda dada de baja en el mercado {0}.</translation>
    </message>
    <message>
        <source>Something went wrong while {0}: {1}</source>
        <translation>Algo ha fallado al {0}: {1}</translation>
    </message>
    <message>
        <source>Statement of reasons sent again on market {0}.</source>
        <translation>Motivación reenviada en el mercado {0}.</translation>
    </message>
    <message>
        <source>Terminate shop {0} on market {1} now? The notice period has run.</source>
        <translation>¿Dar de baja ahora la tienda {0} en el mercado {1}? El preaviso ha terminado.</translation>
    </message>
    <message>
        <source>Terminate {0} {1} (notice ran {2})</source>
        <translation>Dar de baja {0} {1} (preaviso terminado {2})</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached: the sanction waits in the outbox and is recorded when it has been sent.</source>
        <translation>No se puede acceder al marketplace: la sanción espera en la bandeja de salida y se registrará cuando se haya enviado.</translation>
    </message>
    <message>
        <source>The statement of reasons could not be sent: resend it.</source>
        <translation>No se ha podido enviar la motivación: vuelve a enviarla.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>computing the figures</source>
        <translation>calcular las cifras</translation>
    </message>
    <message>
        <source>reading the scorecard</source>
        <translation>leer la ficha</translation>
    </message>
    <message>
        <source>reading the sellers</source>
        <translation>leer los vendedores</translation>
    </message>
</context>
<context>
    <name>ShopState</name>
    <message>
        <source>Closed (window)</source>
        <translation>Cerrada (temporalmente)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Dada de baja</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
</context>
<context>
    <name>TeamBanner</name>
    <message>
        <source>Still works: reading cases and conversations, preparing replies and refunds. Waits until the server is back: approvals, claims, shared notes and settings. The desk keeps trying.</source>
        <translation>Sigue funcionando: leer casos y conversaciones, preparar respuestas y reembolsos. Espera a que vuelva el servidor: aprobaciones, asignaciones, notas compartidas y configuración. El puesto sigue intentándolo.</translation>
    </message>
    <message>
        <source>The team server cannot be reached.</source>
        <translation>No se puede acceder al servidor del equipo.</translation>
    </message>
    <message>
        <source>This desk is older than the team store.</source>
        <translation>Este puesto es más antiguo que la base de datos del equipo.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>You can read decisions, approvals and notes; changes are refused until this desk is updated.</source>
        <translation>Puedes leer decisiones, aprobaciones y notas; los cambios se rechazan hasta que se actualice este puesto.</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
</context>
<context>
    <name>TeamRulesDialog</name>
    <message>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
    <message>
        <source>Not saved: {0}. Your values are still here; try again when the team store is reachable.</source>
        <translation>No guardado: {0}. Tus valores siguen aquí; vuelve a intentarlo cuando se pueda acceder a la base de datos del equipo.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Reading the team&apos;s rules…</source>
        <translation>Leyendo las reglas del equipo…</translation>
    </message>
    <message>
        <source>Saved for {0}; refunds use the new rules from now on.</source>
        <translation>Guardado para {0}; a partir de ahora los reembolsos siguen las nuevas reglas.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Shown read-only: only a supervisor changes the team&apos;s rules.</source>
        <translation>Solo lectura: solo un supervisor cambia las reglas del equipo.</translation>
    </message>
    <message>
        <source>Team rules: refunds</source>
        <translation>Reglas del equipo: reembolsos</translation>
    </message>
    <message>
        <source>The team store is read-only: {0}</source>
        <translation>La base de datos del equipo es de solo lectura: {0}</translation>
    </message>
    <message>
        <source>The team&apos;s rules could not be read: {0}. Try again when the team store is reachable.</source>
        <translation>No se han podido leer las reglas del equipo: {0}. Vuelve a intentarlo cuando se pueda acceder a la base de datos del equipo.</translation>
    </message>
    <message>
        <source>{0} not saved: {1} saved these rules meanwhile. Their values are shown where you changed nothing; yours are kept. Check them and save again.</source>
        <translation>{0} no guardado: {1} ha guardado estas reglas entretanto. Donde no cambiaste nada se muestran sus valores; los tuyos se conservan. Revísalos y vuelve a guardar.</translation>
    </message>
    <message>
        <source>{0} not saved: {1}. Your values are still here.</source>
        <translation>{0} no guardado: {1}. Tus valores siguen aquí.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>TeamSettingsDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Enter the team server&apos;s address first.</source>
        <translation>Escribe primero la dirección del servidor del equipo.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>Team server (shared with colleagues)</source>
        <translation>Servidor del equipo (compartido con los compañeros)</translation>
    </message>
    <message>
        <source>Team settings</source>
        <translation>Configuración del equipo</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>The test failed: {0}</source>
        <translation>La prueba ha fallado: {0}</translation>
    </message>
    <message>
        <source>Work alone (decisions and audit stay on this computer)</source>
        <translation>Trabajar solo (las decisiones y la auditoría se quedan en este ordenador)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>guardada en el llavero del sistema</translation>
    </message>
</context>
<context>
    <name>TemplateAudience</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
</context>
<context>
    <name>TemplatePlaceholder</name>
    <message>
        <source>the customer&apos;s name</source>
        <translation>el nombre del cliente</translation>
    </message>
    <message>
        <source>the market&apos;s response time in hours</source>
        <translation>el plazo de respuesta del mercado en horas</translation>
    </message>
    <message>
        <source>the order number</source>
        <translation>el número de pedido</translation>
    </message>
    <message>
        <source>the order&apos;s date</source>
        <translation>la fecha del pedido</translation>
    </message>
    <message>
        <source>the order&apos;s total (in the refund dialog: the refund)</source>
        <translation>el total del pedido (en el diálogo de reembolso: el reembolso)</translation>
    </message>
    <message>
        <source>the refund&apos;s amount, in the order&apos;s currency</source>
        <translation>el importe del reembolso, en la moneda del pedido</translation>
    </message>
    <message>
        <source>the seller&apos;s shop name</source>
        <translation>el nombre de la tienda del vendedor</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>la fecha de hoy</translation>
    </message>
    <message>
        <source>when the seller&apos;s answer is due</source>
        <translation>cuándo vence la respuesta del vendedor</translation>
    </message>
</context>
<context>
    <name>TemplateTopic</name>
    <message>
        <source>Communication policy</source>
        <translation>Política de comunicación</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Cupones</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Puntos de fidelidad</translation>
    </message>
    <message>
        <source>Reaching us</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Plazos de respuesta</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sanciones</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Version {0} · {1} · {2}</source>
        <translation>Versión {0} · {1} · {2}</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} por {1}</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n plantilla</numerusform>
            <numerusform>%n plantillas</numerusform>
        </translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Created; every desk of the team offers it now.</source>
        <translation>Creada; todos los puestos del equipo la ofrecen ya.</translation>
    </message>
    <message>
        <source>Customers and sellers</source>
        <translation>Clientes y vendedores</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Insert {0}</source>
        <translation>Insertar {0}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Nueva plantilla…</translation>
    </message>
    <message>
        <source>No template chosen</source>
        <translation>Ninguna plantilla elegida</translation>
    </message>
    <message>
        <source>Not filled in by the desk, stays as written: {0}</source>
        <translation>El puesto no lo rellena y se queda tal cual: {0}</translation>
    </message>
    <message>
        <source>Not saved: {0} saved version {1} meanwhile. What you typed is still here; copy it, discard yours to see theirs, and apply your change to it.</source>
        <translation>No guardado: {0} ha guardado entretanto la versión {1}. Lo que escribiste sigue aquí; cópialo, descarta tus cambios para ver los suyos y aplica tu cambio sobre ellos.</translation>
    </message>
    <message>
        <source>Not saved: {0}. What you typed is still here.</source>
        <translation>No guardado: {0}. Lo que escribiste sigue aquí.</translation>
    </message>
    <message>
        <source>Placeholders the desk fills in (click to insert):</source>
        <translation>Marcadores que rellena el puesto (haz clic para insertar):</translation>
    </message>
    <message>
        <source>Put this version in the editor</source>
        <translation>Llevar esta versión al editor</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Guardar como versión nueva</translation>
    </message>
    <message>
        <source>Saved as version {0}; every desk of the team uses it now.</source>
        <translation>Guardada como versión {0}; todos los puestos del equipo la usan ya.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <source>Search titles and texts</source>
        <translation>Buscar en títulos y textos</translation>
    </message>
    <message>
        <source>Template “{0}” saved.</source>
        <translation>Plantilla «{0}» guardada.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>The team store cannot be reached: the templates are kept there. They show again when it is back.</source>
        <translation>No se puede acceder a la base de datos del equipo, que es donde están las plantillas. Volverán a aparecer cuando vuelva.</translation>
    </message>
    <message>
        <source>The templates cannot be read now: {0}</source>
        <translation>Ahora no se pueden leer las plantillas: {0}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Version {0} is in the editor; save to make it the current text.</source>
        <translation>La versión {0} está en el editor; guárdala para que sea el texto actual.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>You can read and search the templates; editing them takes a reviewer&apos;s or supervisor&apos;s role.</source>
        <translation>Puedes leer y buscar las plantillas; para editarlas hace falta el rol de revisor o de supervisor.</translation>
    </message>
    <message>
        <source>{0} saved version {1} meanwhile; your changes are not saved. Discard yours to see theirs.</source>
        <translation>{0} ha guardado entretanto la versión {1}; tus cambios no están guardados. Descarta los tuyos para ver los suyos.</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · for: {3} · version {4}</source>
        <translation>{0} · {1} · {2} · para: {3} · versión {4}</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Policy flags</source>
        <translation>Avisos de política</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Respuesta prevista</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendedor</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered {0}.</source>
        <translation>Respondido {0}.</translation>
    </message>
    <message>
        <source>Due {0}.</source>
        <translation>Vence {0}.</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>Incidencia cerrada</translation>
    </message>
    <message>
        <source>Incident opened</source>
        <translation>Incidencia abierta</translation>
    </message>
    <message>
        <source>Late by {0}.</source>
        <translation>Con {0} de retraso.</translation>
    </message>
    <message>
        <source>No message of this conversation is cached.</source>
        <translation>No hay ningún mensaje de esta conversación en caché.</translation>
    </message>
    <message>
        <source>No response deadlines: {0}</source>
        <translation>Sin plazos de respuesta: {0}</translation>
    </message>
    <message>
        <source>Non-answer: once greetings and courtesy are taken away, this message says nothing.</source>
        <translation>Respuesta vacía: quitando saludos y fórmulas de cortesía, este mensaje no dice nada.</translation>
    </message>
    <message>
        <source>Not counted: {0} (public holiday: {1}).</source>
        <translation>No cuenta: {0} (festivo: {1}).</translation>
    </message>
    <message>
        <source>Not counted: {0} (weekend).</source>
        <translation>No cuenta: {0} (fin de semana).</translation>
    </message>
    <message>
        <source>Older messages of this conversation are not in the local cache yet.</source>
        <translation>Los mensajes anteriores de esta conversación aún no están en la caché local.</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Pedido realizado</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source>Policy evidence: {0}</source>
        <translation>Prueba de política: {0}</translation>
    </message>
    <message>
        <source>Received {0}.</source>
        <translation>Recibido {0}.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Rule: {0} hours, counted around the clock.</source>
        <translation>Regla: {0} horas, contadas las 24 horas del día.</translation>
    </message>
    <message>
        <source>Rule: {0} working hours (Monday to Friday, public holidays of the market not counted).</source>
        <translation>Regla: {0} horas laborables (de lunes a viernes, sin contar los festivos del mercado).</translation>
    </message>
    <message>
        <source>Seller marked the incident as solved</source>
        <translation>El vendedor marcó la incidencia como resuelta</translation>
    </message>
    <message>
        <source>Seller’s answer due {0}</source>
        <translation>Respuesta del vendedor prevista {0}</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>The clocks changed in between; the deadline is counted in real hours.</source>
        <translation>Entretanto cambió la hora; el plazo se cuenta en horas reales.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>answered {0}</source>
        <translation>respondido {0}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>late by {0}</source>
        <translation>con {0} de retraso</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>aún sin responder</translation>
    </message>
    <message>
        <source>operator only</source>
        <translation>solo operador</translation>
    </message>
    <message>
        <source>overdue by {0}</source>
        <translation>vencido hace {0}</translation>
    </message>
    <message>
        <source>seen by</source>
        <translation>visto por</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} d {1} h</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} horas</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} working hours</source>
        <translation>{0} horas laborables</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Select a KPI to see its trend.</source>
        <translation>Elige un KPI para ver su tendencia.</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Gráfico de tendencia</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alerta</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>límite</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: nothing is sent</source>
        <translation>Deshacer: no se envía nada</translation>
    </message>
    <message>
        <source>{0} in {1} s.</source>
        <translation>{0} en {1} s.</translation>
    </message>
</context>
<context>
    <name>_MessageBox</name>
    <message>
        <source>Message (sent in the order&apos;s conversation)</source>
        <translation>Mensaje (se envía en la conversación del pedido)</translation>
    </message>
    <message>
        <source>Message: {0}</source>
        <translation>Mensaje: {0}</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Sin plantilla</translation>
    </message>
    <message>
        <source>Template for: {0}</source>
        <translation>Plantilla para: {0}</translation>
    </message>
</context>
</TS>
