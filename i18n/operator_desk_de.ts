<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppealDecisionDialog</name>
    <message>
        <source>Decide the appeal</source>
        <translation>Über den Widerspruch entscheiden</translation>
    </message>
    <message>
        <source>Rejected: the sanction stands</source>
        <translation>Abgelehnt: Die Sanktion bleibt bestehen</translation>
    </message>
    <message>
        <source>The outcome, as the seller will read it</source>
        <translation>Das Ergebnis, so wie der Verkäufer es lesen wird</translation>
    </message>
    <message>
        <source>The seller&apos;s grounds:</source>
        <translation>Begründung des Verkäufers:</translation>
    </message>
    <message>
        <source>Upheld: revoke the sanction and undo it on the marketplace</source>
        <translation>Stattgegeben: Sanktion aufheben und auf dem Marktplatz rückgängig machen</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Grounds:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Eingegangen:</translation>
    </message>
    <message>
        <source>Record an appeal against: {0}</source>
        <translation>Widerspruch erfassen gegen: {0}</translation>
    </message>
    <message>
        <source>The seller&apos;s grounds, as received</source>
        <translation>Begründung des Verkäufers, wie eingegangen</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation>Freigegeben, noch nicht gesendet</translation>
    </message>
    <message>
        <source>Approved, the platform refused</source>
        <translation>Freigegeben, von der Plattform abgelehnt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>A colleague decided first: {0}.</source>
        <translation>Eine Kollegin oder ein Kollege hat zuerst entschieden: {0}.</translation>
    </message>
    <message>
        <source>A refund was made on these lines since the request: what is left is not what the requester saw. Decline it with a comment; the requester can ask again.</source>
        <translation>Seit der Anfrage wurde auf diese Positionen erstattet: Was übrig ist, entspricht nicht dem, was die anfragende Person gesehen hat. Lehnen Sie mit einem Kommentar ab; die Anfrage kann dann neu gestellt werden.</translation>
    </message>
    <message>
        <source>A refund was made on these lines since the request; decline it with a comment so the requester can ask again.</source>
        <translation>Seit der Anfrage wurde auf diese Positionen erstattet; lehnen Sie mit einem Kommentar ab, damit die Anfrage neu gestellt werden kann.</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Freigabeanfragen</translation>
    </message>
    <message>
        <source>Approve and refund</source>
        <translation>Freigeben und erstatten</translation>
    </message>
    <message>
        <source>Approved and refunded {0}.</source>
        <translation>Freigegeben und {0} erstattet.</translation>
    </message>
    <message>
        <source>Approved by {0}.</source>
        <translation>Freigegeben von {0}.</translation>
    </message>
    <message>
        <source>Approved. The refund of {0} is queued and goes out when the marketplace is reachable.</source>
        <translation>Freigegeben. Die Erstattung von {0} steht in der Warteschlange und geht raus, sobald der Marktplatz erreichbar ist.</translation>
    </message>
    <message>
        <source>Comment for the requester</source>
        <translation>Kommentar für die anfragende Person</translation>
    </message>
    <message>
        <source>Comment for the requester (needed to decline)</source>
        <translation>Kommentar für die anfragende Person (zum Ablehnen nötig)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Declined; {0} is told why.</source>
        <translation>Abgelehnt; {0} erfährt den Grund.</translation>
    </message>
    <message>
        <source>Incident {0}: {1}</source>
        <translation>Reklamation {0}: {1}</translation>
    </message>
    <message>
        <source>It cannot be carried out as asked now:</source>
        <translation>So, wie angefragt, lässt sie sich jetzt nicht ausführen:</translation>
    </message>
    <message>
        <source>Line {0} · {1}: paid {2}, refunded {3}, left {4}; {5}</source>
        <translation>Position {0} · {1}: bezahlt {2}, erstattet {3}, übrig {4}; {5}</translation>
    </message>
    <message>
        <source>Not approved: the order changed since the request.</source>
        <translation>Nicht freigegeben: Die Bestellung hat sich seit der Anfrage geändert.</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>Nichts wartet auf Ihre Freigabe.</translation>
    </message>
    <message>
        <source>Only supervisors approve refunds; your role here may not. Your own requests&apos; answers arrive as notifications.</source>
        <translation>Nur Supervisoren geben Erstattungen frei; Ihre Rolle hier darf das nicht. Antworten auf Ihre eigenen Anfragen kommen als Benachrichtigung.</translation>
    </message>
    <message>
        <source>Order {0} · {1} · customer {2} · {3}</source>
        <translation>Bestellung {0} · {1} · Kunde {2} · {3}</translation>
    </message>
    <message>
        <source>Personal message to the customer ({0}):</source>
        <translation>Persönliche Nachricht an den Kunden ({0}):</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>The approvals cannot be read now: {0}</source>
        <translation>Die Freigaben können gerade nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Der Fall</translation>
    </message>
    <message>
        <source>The case cannot be shown: {0}</source>
        <translation>Der Fall kann nicht angezeigt werden: {0}</translation>
    </message>
    <message>
        <source>The decision failed unexpectedly: {0}</source>
        <translation>Die Entscheidung ist unerwartet fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>The order is not in this desk&apos;s cache; sync first.</source>
        <translation>Die Bestellung ist nicht im Zwischenspeicher dieses Desks; bitte zuerst synchronisieren.</translation>
    </message>
    <message>
        <source>The refund of {0} had already reached the marketplace; it is recorded as sent and was not sent again.</source>
        <translation>Die Erstattung von {0} war bereits beim Marktplatz angekommen; sie ist als gesendet vermerkt und wurde nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>The requester&apos;s personal message was not sent ({0}).</source>
        <translation>Die persönliche Nachricht der anfragenden Person wurde nicht gesendet ({0}).</translation>
    </message>
    <message>
        <source>The team store cannot be reached: approvals wait until it is back.</source>
        <translation>Die Teamdatenbank ist nicht erreichbar: Freigaben warten, bis sie wieder da ist.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>asked now {0} + shipping {1}</source>
        <translation>jetzt angefragt {0} + Versand {1}</translation>
    </message>
    <message>
        <source>not part of this request</source>
        <translation>nicht Teil dieser Anfrage</translation>
    </message>
    <message>
        <source>{0} asks to approve a sanction ({1}) for shop {2} on {3}: {4}

Sanctions are decided on the sanctions page.</source>
        <translation>{0} bittet um Freigabe einer Sanktion ({1}) für Shop {2} auf {3}: {4}

Über Sanktionen wird auf der Sanktionsseite entschieden.</translation>
    </message>
    <message>
        <source>{0} asks to refund {1} ({2}), {3}.</source>
        <translation>{0} bittet, {1} zu erstatten ({2}), {3}.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Fetching {0}…</source>
        <translation>{0} wird abgerufen…</translation>
    </message>
    <message>
        <source>Image {0}</source>
        <translation>Bild {0}</translation>
    </message>
    <message>
        <source>Its content is a program.</source>
        <translation>Der Inhalt ist ein Programm.</translation>
    </message>
    <message>
        <source>Its name ends like a program. Do not run it.</source>
        <translation>Der Name endet wie ein Programm. Nicht ausführen.</translation>
    </message>
    <message>
        <source>Its name or declared type does not match its content ({0}).</source>
        <translation>Name oder angegebener Typ passen nicht zum Inhalt ({0}).</translation>
    </message>
    <message>
        <source>Its name was cleaned: the original had characters that are unsafe in a file name.</source>
        <translation>Der Name wurde bereinigt: Das Original enthielt Zeichen, die in Dateinamen unsicher sind.</translation>
    </message>
    <message>
        <source>Market {0} cannot be reached; the attachment is not in the local store yet.</source>
        <translation>Markt {0} ist nicht erreichbar; der Anhang ist noch nicht im lokalen Speicher.</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation>Seite {0}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Save a copy where you choose. The desk never opens or runs the file.</source>
        <translation>Speichern Sie eine Kopie, wo Sie möchten. Der Desk öffnet oder startet die Datei nie.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>Anhang speichern unter</translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation>Text des Dokuments</translation>
    </message>
    <message>
        <source>The attachment could not be fetched from market {0}.</source>
        <translation>Der Anhang konnte nicht von Markt {0} abgerufen werden.</translation>
    </message>
    <message>
        <source>The attachment could not be opened: {0}</source>
        <translation>Der Anhang konnte nicht geöffnet werden: {0}</translation>
    </message>
    <message>
        <source>The attachment is larger than the desk accepts and was not fetched.</source>
        <translation>Der Anhang ist größer, als der Desk annimmt, und wurde nicht abgerufen.</translation>
    </message>
    <message>
        <source>The desk shows images and PDFs only. This file can be saved on request; it is never opened or run by the desk.</source>
        <translation>Der Desk zeigt nur Bilder und PDFs an. Diese Datei kann auf Wunsch gespeichert werden; der Desk öffnet oder startet sie nie.</translation>
    </message>
    <message>
        <source>The first {0} of {1} pages are shown; save the file to read the rest.</source>
        <translation>Die ersten {0} von {1} Seiten werden angezeigt; speichern Sie die Datei, um den Rest zu lesen.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: {0}</source>
        <translation>Dieses PDF kann nicht angezeigt werden: {0}</translation>
    </message>
    <message>
        <source>This image cannot be shown; save it to look at it with another program.</source>
        <translation>Dieses Bild kann nicht angezeigt werden; speichern Sie es, um es mit einem anderen Programm anzusehen.</translation>
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
        <translation>Aktion</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read the audit log: {0}</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Cannot verify: {0}</source>
        <translation>Prüfung nicht möglich: {0}</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: {0}; nothing was written.</source>
        <translation>Export fehlgeschlagen: {0}; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>Exported {0} entries.</source>
        <translation>{0} Einträge exportiert.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry {0}: {1}</source>
        <translation>Die Prüfkette ist bei Eintrag {0} unterbrochen: {1}</translation>
    </message>
    <message>
        <source>The audit chain is whole: {0} entries.</source>
        <translation>Die Prüfkette ist lückenlos: {0} Einträge.</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>action, e.g. refund</source>
        <translation>Aktion, z. B. refund</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>{0} of {1} entries written…</source>
        <translation>{0} von {1} Einträgen geschrieben…</translation>
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
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Platform response</source>
        <translation>Antwort der Plattform</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
</context>
<context>
    <name>BulkCloseDialog</name>
    <message numerus="yes">
        <source>%n of these need a reason (the seller has not marked them solved).</source>
        <translation>
            <numerusform>%n davon braucht einen Grund (der Verkäufer hat sie nicht als gelöst markiert).</numerusform>
            <numerusform>%n davon brauchen einen Grund (der Verkäufer hat sie nicht als gelöst markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message numerus="yes">
        <source>Close %n incident(s)</source>
        <translation>
            <numerusform>%n Reklamation schließen</numerusform>
            <numerusform>%n Reklamationen schließen</numerusform>
        </translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Schließgrund</translation>
    </message>
    <message>
        <source>Every seller marked these incidents as solved.</source>
        <translation>Alle Verkäufer haben diese Reklamationen als gelöst markiert.</translation>
    </message>
    <message>
        <source>Incidents to close</source>
        <translation>Zu schließende Reklamationen</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>No reason (the sellers marked them solved)</source>
        <translation>Ohne Grund (die Verkäufer haben sie als gelöst markiert)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Grund nötig</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message numerus="yes">
        <source>%n message(s) had arrived that the decision did not see.</source>
        <translation>
            <numerusform>%n Nachricht war eingegangen, die die Entscheidung nicht berücksichtigt hat.</numerusform>
            <numerusform>%n Nachrichten waren eingegangen, die die Entscheidung nicht berücksichtigt hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>({0} open)</source>
        <translation>({0} offen)</translation>
    </message>
    <message>
        <source>({0}) · {1} · to {2}</source>
        <translation>({0}) · {1} · an {2}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer wrote {0}</source>
        <translation>Kunde schrieb {0}</translation>
    </message>
    <message>
        <source>Decision by {0} ({1})</source>
        <translation>Entscheidung von {0} ({1})</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Angefochten</translation>
    </message>
    <message>
        <source>Had seen the conversation up to then.</source>
        <translation>Hatte die Unterhaltung bis dahin gesehen.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <source>Incident closed by {0}</source>
        <translation>Reklamation geschlossen von {0}</translation>
    </message>
    <message>
        <source>Incident opened by {0}</source>
        <translation>Reklamation eröffnet von {0}</translation>
    </message>
    <message>
        <source>Incident seen open (derived)</source>
        <translation>Reklamation als offen gesehen (abgeleitet)</translation>
    </message>
    <message>
        <source>Internal notes need the team store.</source>
        <translation>Interne Notizen brauchen die Teamdatenbank.</translation>
    </message>
    <message>
        <source>No answer from the seller: due {0}, late by {1}</source>
        <translation>Keine Antwort des Verkäufers: fällig {0}, überfällig seit {1}</translation>
    </message>
    <message>
        <source>No internal notes on this case yet.</source>
        <translation>Noch keine internen Notizen zu diesem Fall.</translation>
    </message>
    <message>
        <source>No message came with the resolution.</source>
        <translation>Mit der Lösung kam keine Nachricht.</translation>
    </message>
    <message>
        <source>No messages on this order.</source>
        <translation>Keine Nachrichten zu dieser Bestellung.</translation>
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation>Zu diesem Fall ist noch nichts passiert.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Bestellung aufgegeben</translation>
    </message>
    <message>
        <source>Order {0} · {1}</source>
        <translation>Bestellung {0} · {1}</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Andere Reklamation</translation>
    </message>
    <message>
        <source>Other incidents</source>
        <translation>Andere Reklamationen</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Richtlinie:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Reason {0}</source>
        <translation>Grund {0}</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Seller marked it solved</source>
        <translation>Verkäufer hat sie als gelöst markiert</translation>
    </message>
    <message>
        <source>Seller wrote {0}</source>
        <translation>Verkäufer schrieb {0}</translation>
    </message>
    <message>
        <source>Seller · solved {0}</source>
        <translation>Verkäufer · gelöst {0}</translation>
    </message>
    <message>
        <source>Seller&apos;s answer due {0} (in {1})</source>
        <translation>Antwort des Verkäufers fällig {0} (in {1})</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Team store unavailable: internal notes cannot be read or written now. The desk keeps working; notes come back when the team store does.</source>
        <translation>Teamdatenbank nicht verfügbar: Interne Notizen können gerade weder gelesen noch geschrieben werden. Der Desk arbeitet weiter; die Notizen sind wieder da, sobald die Teamdatenbank es ist.</translation>
    </message>
    <message>
        <source>Team store unavailable: the team&apos;s decisions are not shown.</source>
        <translation>Teamdatenbank nicht verfügbar: Die Entscheidungen des Teams werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The customer has not written on this order.</source>
        <translation>Der Kunde hat zu dieser Bestellung nicht geschrieben.</translation>
    </message>
    <message>
        <source>The customer wrote after the seller&apos;s &quot;solved&quot; ({0}): read it before closing.</source>
        <translation>Der Kunde hat nach dem „gelöst“ des Verkäufers geschrieben ({0}): Lesen Sie es vor dem Schließen.</translation>
    </message>
    <message>
        <source>The seller answered {0}, in time (due {1})</source>
        <translation>Der Verkäufer hat {0} geantwortet, rechtzeitig (fällig {1})</translation>
    </message>
    <message>
        <source>The seller answered {0}, late by {1}</source>
        <translation>Der Verkäufer hat {0} geantwortet, {1} zu spät</translation>
    </message>
    <message>
        <source>The seller has not written on this order.</source>
        <translation>Der Verkäufer hat zu dieser Bestellung nicht geschrieben.</translation>
    </message>
    <message>
        <source>The team store could not be read ({0}): the team&apos;s decisions are not shown.</source>
        <translation>Die Teamdatenbank konnte nicht gelesen werden ({0}): Die Entscheidungen des Teams werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>The team store could not be read: {0}</source>
        <translation>Die Teamdatenbank konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Unterhaltung:</translation>
    </message>
    <message>
        <source>Time not reported</source>
        <translation>Zeit nicht gemeldet</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Sendungsverfolgung</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Written after the seller marked it solved.</source>
        <translation>Geschrieben, nachdem der Verkäufer sie als gelöst markiert hatte.</translation>
    </message>
    <message>
        <source>last action by {0}</source>
        <translation>letzte Aktion von {0}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>on another line: {0}</source>
        <translation>auf einer anderen Position: {0}</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>auf {0}</translation>
    </message>
    <message>
        <source>same customer and seller, order {0}</source>
        <translation>gleicher Kunde und Verkäufer, Bestellung {0}</translation>
    </message>
    <message>
        <source>same order: {0}</source>
        <translation>gleiche Bestellung: {0}</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>{0} on this order</source>
        <translation>{0} zu dieser Bestellung</translation>
    </message>
    <message>
        <source>{0} with this customer and seller</source>
        <translation>{0} mit diesem Kunden und Verkäufer</translation>
    </message>
    <message numerus="yes">
        <source>{0} · %n item(s)</source>
        <translation>
            <numerusform>{0} · %n Artikel</numerusform>
            <numerusform>{0} · %n Artikel</numerusform>
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
        <translation>{0} – spätestens seit {1} offen</translation>
    </message>
    <message>
        <source>{0} – opened {1} by {2}</source>
        <translation>{0} – eröffnet {1} von {2}</translation>
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
            <numerusform>%n Reklamation hat sich geändert, seit Sie sie gelesen haben: Die Schließung wartet im Postausgang; senden Sie sie dort trotzdem oder verwerfen Sie sie.</numerusform>
            <numerusform>%n Reklamationen haben sich geändert, seit Sie sie gelesen haben: Die Schließungen warten im Postausgang; senden Sie sie dort trotzdem oder verwerfen Sie sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) closed.</source>
        <translation>
            <numerusform>%n Reklamation geschlossen.</numerusform>
            <numerusform>%n Reklamationen geschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait in the outbox.</source>
        <translation>
            <numerusform>%n wartet im Postausgang.</numerusform>
            <numerusform>%n warten im Postausgang.</numerusform>
        </translation>
    </message>
    <message>
        <source>An incident was opened on order {0}; it appears after the next sync.</source>
        <translation>Zur Bestellung {0} wurde eine Reklamation eröffnet; sie erscheint nach der nächsten Synchronisierung.</translation>
    </message>
    <message numerus="yes">
        <source>Closing %n incident(s)</source>
        <translation>
            <numerusform>%n Reklamation wird geschlossen</numerusform>
            <numerusform>%n Reklamationen werden geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing the incident on order {0}…</source>
        <translation>Reklamation zu Bestellung {0} wird geschlossen…</translation>
    </message>
    <message>
        <source>Incident not closed</source>
        <translation>Reklamation nicht geschlossen</translation>
    </message>
    <message>
        <source>Incident not closed yet</source>
        <translation>Reklamation noch nicht geschlossen</translation>
    </message>
    <message>
        <source>Incident not opened</source>
        <translation>Reklamation nicht eröffnet</translation>
    </message>
    <message>
        <source>Incident on order {0} closed.</source>
        <translation>Reklamation zu Bestellung {0} geschlossen.</translation>
    </message>
    <message>
        <source>Market {0} cannot be reached, so {1}. Nothing was changed; try again when the connection is back.</source>
        <translation>Markt {0} ist nicht erreichbar, daher: {1}. Es wurde nichts geändert; versuchen Sie es erneut, wenn die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Market {0} is busy or having trouble, so {1}. Try again in a moment.</source>
        <translation>Markt {0} ist ausgelastet oder hat Probleme, daher: {1}. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Market {0} needs a reason here, so {1}.</source>
        <translation>Markt {0} verlangt hier einen Grund, daher: {1}.</translation>
    </message>
    <message>
        <source>Market {0} refused it, so {1}.</source>
        <translation>Markt {0} hat abgelehnt, daher: {1}.</translation>
    </message>
    <message>
        <source>Not kept open</source>
        <translation>Nicht offen gelassen</translation>
    </message>
    <message>
        <source>Some incidents not closed</source>
        <translation>Einige Reklamationen nicht geschlossen</translation>
    </message>
    <message>
        <source>The case changed on market {0} since you opened it, so {1}. Look at what changed, then decide again.</source>
        <translation>Der Fall hat sich auf Markt {0} geändert, seit Sie ihn geöffnet haben, daher: {1}. Sehen Sie sich die Änderung an und entscheiden Sie dann neu.</translation>
    </message>
    <message>
        <source>The case changed since you read it: {0}. The close waits in the outbox; send it anyway or discard it there.</source>
        <translation>Der Fall hat sich geändert, seit Sie ihn gelesen haben: {0}. Die Schließung wartet im Postausgang; senden Sie sie dort trotzdem oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>The decision on order {0} waits in the outbox; it is sent when market {1} can be reached.</source>
        <translation>Die Entscheidung zu Bestellung {0} wartet im Postausgang; sie wird gesendet, sobald Markt {1} erreichbar ist.</translation>
    </message>
    <message>
        <source>The incident on order {0} stays open.</source>
        <translation>Die Reklamation zu Bestellung {0} bleibt offen.</translation>
    </message>
    <message>
        <source>The key for market {0} was refused, so {1}. Check the connection settings for {0}.</source>
        <translation>Der Schlüssel für Markt {0} wurde abgelehnt, daher: {1}. Prüfen Sie die Verbindungseinstellungen für {0}.</translation>
    </message>
    <message>
        <source>The marketplace said: {0}</source>
        <translation>Der Marktplatz meldete: {0}</translation>
    </message>
    <message>
        <source>The team store could not record the decision; see the log.</source>
        <translation>Die Teamdatenbank konnte die Entscheidung nicht erfassen; siehe Protokoll.</translation>
    </message>
    <message>
        <source>These were not closed; nothing was changed for them:

{0}</source>
        <translation>Diese wurden nicht geschlossen; an ihnen wurde nichts geändert:

{0}</translation>
    </message>
    <message>
        <source>This case is no longer in the cache of market {0}, so {1}.</source>
        <translation>Dieser Fall ist nicht mehr im Zwischenspeicher von Markt {0}, daher: {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n incident(s) stay as they were.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Reklamation bleibt, wie sie war.</numerusform>
            <numerusform>Rückgängig gemacht: %n Reklamationen bleiben, wie sie waren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role on market {0} may not do this, so {1}.</source>
        <translation>Ihre Rolle auf Markt {0} darf das nicht, daher: {1}.</translation>
    </message>
    <message>
        <source>no incident was opened</source>
        <translation>es wurde keine Reklamation eröffnet</translation>
    </message>
    <message>
        <source>the incident was not closed</source>
        <translation>die Reklamation wurde nicht geschlossen</translation>
    </message>
    <message>
        <source>the incident was not kept open</source>
        <translation>die Reklamation wurde nicht offen gelassen</translation>
    </message>
    <message>
        <source>{0} because of an unexpected error: {1}</source>
        <translation>{0} wegen eines unerwarteten Fehlers: {1}</translation>
    </message>
</context>
<context>
    <name>CaseNotesPanel</name>
    <message>
        <source>Add internal note</source>
        <translation>Interne Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>Internal notes – visible to colleagues only, never sent to customers or sellers</source>
        <translation>Interne Notizen – nur für Kolleginnen und Kollegen sichtbar, nie an Kunden oder Verkäufer gesendet</translation>
    </message>
    <message>
        <source>New internal note</source>
        <translation>Neue interne Notiz</translation>
    </message>
    <message>
        <source>Note saved. Colleagues see it on this case.</source>
        <translation>Notiz gespeichert. Ihre Kolleginnen und Kollegen sehen sie bei diesem Fall.</translation>
    </message>
    <message>
        <source>Save the note for colleagues (Ctrl+Return in the note box)</source>
        <translation>Notiz für das Team speichern (Strg+Eingabe im Notizfeld)</translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation>Notiz wird gespeichert…</translation>
    </message>
    <message>
        <source>The note was not saved because of an unexpected error: {0}. Your text is kept.</source>
        <translation>Die Notiz wurde wegen eines unerwarteten Fehlers nicht gespeichert: {0}. Ihr Text bleibt erhalten.</translation>
    </message>
    <message>
        <source>The note was not saved: the team store is not available. Your text is kept; try again when it is back.</source>
        <translation>Die Notiz wurde nicht gespeichert: Die Teamdatenbank ist nicht verfügbar. Ihr Text bleibt erhalten; versuchen Sie es erneut, wenn sie wieder da ist.</translation>
    </message>
    <message>
        <source>The note was not saved: {0}. Your text is kept; try again.</source>
        <translation>Die Notiz wurde nicht gespeichert: {0}. Ihr Text bleibt erhalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The notes could not be read: {0}</source>
        <translation>Die Notizen konnten nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Visible to colleagues only. Ctrl+Return saves the note.</source>
        <translation>Nur für Kolleginnen und Kollegen sichtbar. Strg+Eingabe speichert die Notiz.</translation>
    </message>
    <message>
        <source>Write an internal note for colleagues…</source>
        <translation>Interne Notiz für das Team schreiben…</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Schreiben Sie zuerst die Notiz.</translation>
    </message>
</context>
<context>
    <name>CaseReplyDialog</name>
    <message>
        <source>&amp;Conversation:</source>
        <translation>&amp;Unterhaltung:</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Reply on order {0}</source>
        <translation>Antwort zu Bestellung {0}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>{0} · last message {1}</source>
        <translation>{0} · letzte Nachricht {1}</translation>
    </message>
</context>
<context>
    <name>CaseTools</name>
    <message>
        <source>Dossier saved as {0} and {1}.</source>
        <translation>Dossier gespeichert als {0} und {1}.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Dossier exportieren</translation>
    </message>
    <message>
        <source>Exporting the dossier…</source>
        <translation>Dossier wird exportiert…</translation>
    </message>
    <message>
        <source>Fetching attachment {0}…</source>
        <translation>Anhang {0} wird abgerufen…</translation>
    </message>
    <message>
        <source>The conversations are still being opened; try again in a moment.</source>
        <translation>Die Unterhaltungen werden noch geöffnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The conversations of this order could not be read: {0}</source>
        <translation>Die Unterhaltungen zu dieser Bestellung konnten nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>The dossier could not be made: {0}</source>
        <translation>Das Dossier konnte nicht erstellt werden: {0}</translation>
    </message>
    <message>
        <source>The dossier could not be written: {0}. Nothing was kept.</source>
        <translation>Das Dossier konnte nicht geschrieben werden: {0}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This order has no conversation in the local cache yet; it appears after the next sync.</source>
        <translation>Zu dieser Bestellung gibt es noch keine Unterhaltung im lokalen Zwischenspeicher; sie erscheint nach der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <source>A reason is required: the seller has not marked this incident as solved.</source>
        <translation>Ein Grund ist nötig: Der Verkäufer hat diese Reklamation nicht als gelöst markiert.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Reklamation schließen</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Schließgrund</translation>
    </message>
    <message>
        <source>Close the incident on order {0} on {1}?

The customer and the seller will see the incident as closed, and the order continues its normal cycle. This cannot be undone from the desk; a new incident would have to be opened.</source>
        <translation>Reklamation zu Bestellung {0} auf {1} schließen?

Kunde und Verkäufer sehen die Reklamation als geschlossen, und die Bestellung läuft normal weiter. Das lässt sich im Desk nicht rückgängig machen; es müsste eine neue Reklamation eröffnet werden.</translation>
    </message>
    <message>
        <source>No reason (the seller marked it solved)</source>
        <translation>Ohne Grund (der Verkäufer hat sie als gelöst markiert)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The seller marked this incident as solved; a reason is optional.</source>
        <translation>Der Verkäufer hat diese Reklamation als gelöst markiert; ein Grund ist freiwillig.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation> Anfragen/min</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API key in Authorization</source>
        <translation>API-Schlüssel im Authorization-Header</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>Connection OK – you are {0} on {1}.</source>
        <translation>Verbindung in Ordnung – Sie sind {0} auf {1}.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Conversations updated within this many days are synced with their messages when the market is first synced; older ones load when you open them.</source>
        <translation>Unterhaltungen, die in so vielen Tagen aktualisiert wurden, werden bei der ersten Synchronisation des Markts mit ihren Nachrichten geladen; ältere laden, wenn Sie sie öffnen.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Details: {0}</translation>
    </message>
    <message>
        <source>Dispute reviewer</source>
        <translation>Streitfall-Prüfer</translation>
    </message>
    <message>
        <source>Key sent as</source>
        <translation>Schlüssel senden als</translation>
    </message>
    <message>
        <source>Market (country)</source>
        <translation>Markt (Land)</translation>
    </message>
    <message>
        <source>Marketplace connections</source>
        <translation>Marktplatz-Verbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New marketplace</source>
        <translation>Neuer Marktplatz</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection {0} and delete its key from the system keyring?

Cached data of market {1} stays until the cache is cleared.</source>
        <translation>Verbindung {0} entfernen und ihren Schlüssel aus dem Schlüsselbund des Systems löschen?

Zwischengespeicherte Daten von Markt {1} bleiben, bis der Zwischenspeicher geleert wird.</translation>
    </message>
    <message>
        <source>Request budget</source>
        <translation>Anfragebudget</translation>
    </message>
    <message>
        <source>Response rule</source>
        <translation>Antwortregel</translation>
    </message>
    <message>
        <source>Role if the platform cannot tell</source>
        <translation>Rolle, falls die Plattform sie nicht nennt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved. The key is in the system keyring.</source>
        <translation>Gespeichert. Der Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Sync window</source>
        <translation>Synchronisationszeitraum</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The key was not stored; nothing was saved.</source>
        <translation>Der Schlüssel wurde nicht abgelegt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The key works but its role may not read this marketplace.</source>
        <translation>Der Schlüssel funktioniert, aber seine Rolle darf diesen Marktplatz nicht lesen.</translation>
    </message>
    <message>
        <source>The marketplace answered with an error; try again later.</source>
        <translation>Der Marktplatz hat mit einem Fehler geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached. Check the address, the proxy and the network.</source>
        <translation>Der Marktplatz ist nicht erreichbar. Prüfen Sie die Adresse, den Proxy und das Netzwerk.</translation>
    </message>
    <message>
        <source>The marketplace refused the key. Check it and the way it is sent (API key or Bearer token).</source>
        <translation>Der Marktplatz hat den Schlüssel abgelehnt. Prüfen Sie ihn und die Art, wie er gesendet wird (API-Schlüssel oder Bearer-Token).</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>a dispute reviewer</source>
        <translation>Streitfall-Prüfer</translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>optional, e.g. BY for Bavaria</source>
        <translation>optional, z. B. BY für Bayern</translation>
    </message>
    <message>
        <source>optional: CA file for TLS inspection</source>
        <translation>optional: CA-Datei für TLS-Inspektion</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>im Schlüsselbund des Systems abgelegt</translation>
    </message>
    <message>
        <source>system settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>{0} · {1} (SANDBOX, built in)</source>
        <translation>{0} · {1} (SANDBOX, eingebaut)</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export dossier…</source>
        <translation>Dossier &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Late reply</source>
        <translation>&amp;Verspätete Antwort</translation>
    </message>
    <message>
        <source>(in the newest 20,000 matching messages)</source>
        <translation>(in den neuesten 20.000 passenden Nachrichten)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>Any policy finding</source>
        <translation>Beliebiger Richtlinienbefund</translation>
    </message>
    <message>
        <source>Any policy state</source>
        <translation>Beliebiger Richtlinienstatus</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>Customer {0}</source>
        <translation>Kunde {0}</translation>
    </message>
    <message>
        <source>Dossier saved as {0} and {1}.</source>
        <translation>Dossier gespeichert als {0} und {1}.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Dossier exportieren</translation>
    </message>
    <message>
        <source>Exporting the dossier…</source>
        <translation>Dossier wird exportiert…</translation>
    </message>
    <message>
        <source>Fetching attachment {0}…</source>
        <translation>Anhang {0} wird abgerufen…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>No conversation matches. Change or clear the filters.</source>
        <translation>Keine Unterhaltung passt. Ändern oder löschen Sie die Filter.</translation>
    </message>
    <message>
        <source>No conversations in the local cache yet. They appear after the next sync.</source>
        <translation>Noch keine Unterhaltungen im lokalen Zwischenspeicher. Sie erscheinen nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>No incident on this order is closed.</source>
        <translation>Keine Reklamation zu dieser Bestellung ist geschlossen.</translation>
    </message>
    <message>
        <source>No line of this order can have a new incident.</source>
        <translation>Zu keiner Position dieser Bestellung kann eine neue Reklamation eröffnet werden.</translation>
    </message>
    <message>
        <source>Non-answer</source>
        <translation>Nichtantwort</translation>
    </message>
    <message>
        <source>Nothing on this order can be refunded now.</source>
        <translation>Auf diese Bestellung kann gerade nichts erstattet werden.</translation>
    </message>
    <message>
        <source>Off-platform contact</source>
        <translation>Kontakt außerhalb der Plattform</translation>
    </message>
    <message>
        <source>Older messages could not be loaded from market {0}; the cached part is shown.</source>
        <translation>Ältere Nachrichten konnten nicht von Markt {0} geladen werden; der zwischengespeicherte Teil wird angezeigt.</translation>
    </message>
    <message>
        <source>Older than 30 days</source>
        <translation>Älter als 30 Tage</translation>
    </message>
    <message>
        <source>Open &amp;incident…</source>
        <translation>Re&amp;klamation eröffnen…</translation>
    </message>
    <message>
        <source>Open an incident</source>
        <translation>Reklamation eröffnen</translation>
    </message>
    <message>
        <source>Open an incident on a line of this conversation&apos;s order</source>
        <translation>Zu einer Position der Bestellung dieser Unterhaltung eine Reklamation eröffnen</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Order {0}</source>
        <translation>Bestellung {0}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Policy flags</source>
        <translation>Richtlinien-Hinweise</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>E&amp;rstatten…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Refund the customer of this conversation&apos;s order</source>
        <translation>Dem Kunden der Bestellung dieser Unterhaltung erstatten</translation>
    </message>
    <message>
        <source>Reo&amp;pen incident…</source>
        <translation>Reklamation &amp;wiedereröffnen…</translation>
    </message>
    <message>
        <source>Reopen an incident</source>
        <translation>Reklamation wiedereröffnen</translation>
    </message>
    <message>
        <source>Reopen an incident on this order that was closed too early: a new incident on the same line</source>
        <translation>Eine zu früh geschlossene Reklamation zu dieser Bestellung wiedereröffnen: eine neue Reklamation zur selben Position</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Gespeichert unter {0}</translation>
    </message>
    <message>
        <source>Search every message (words, &quot;a phrase&quot;)</source>
        <translation>Alle Nachrichten durchsuchen (Wörter, „eine Wortgruppe“)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Select a conversation to read it whole: every message, who saw it, the seller&apos;s deadlines and the order&apos;s events.</source>
        <translation>Wählen Sie eine Unterhaltung, um sie ganz zu lesen: jede Nachricht, wer sie gesehen hat, die Fristen des Verkäufers und die Ereignisse der Bestellung.</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Seller &amp;owes a reply</source>
        <translation>Verkäufer sch&amp;uldet Antwort</translation>
    </message>
    <message>
        <source>Seller answers within {0}</source>
        <translation>Verkäufer antwortet binnen {0}</translation>
    </message>
    <message>
        <source>Seller {0}</source>
        <translation>Verkäufer {0}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>The conversations could not be read from the local cache: {0}</source>
        <translation>Die Unterhaltungen konnten nicht aus dem lokalen Zwischenspeicher gelesen werden: {0}</translation>
    </message>
    <message>
        <source>The dossier could not be made: {0}</source>
        <translation>Das Dossier konnte nicht erstellt werden: {0}</translation>
    </message>
    <message>
        <source>The dossier could not be written: {0}</source>
        <translation>Das Dossier konnte nicht geschrieben werden: {0}</translation>
    </message>
    <message>
        <source>The lines of the closed incidents have an incident open again, or cannot have one now.</source>
        <translation>Zu den Positionen der geschlossenen Reklamationen ist wieder eine Reklamation offen, oder es kann gerade keine eröffnet werden.</translation>
    </message>
    <message>
        <source>This conversation as a PDF and a JSON file (Ctrl+Shift+E)</source>
        <translation>Diese Unterhaltung als PDF- und JSON-Datei (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>This conversation is not about an order.</source>
        <translation>Diese Unterhaltung betrifft keine Bestellung.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Why this deadline</source>
        <translation>Warum diese Frist</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n more error(s) happened meanwhile; their reports are in the log folder.</source>
        <translation>
            <numerusform>Inzwischen ist %n weiterer Fehler aufgetreten; sein Bericht liegt im Protokollordner.</numerusform>
            <numerusform>Inzwischen sind %n weitere Fehler aufgetreten; ihre Berichte liegen im Protokollordner.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit the desk</source>
        <translation>Desk &amp;beenden</translation>
    </message>
    <message>
        <source>(not saved: the log folder cannot be written)</source>
        <translation>(nicht gespeichert: In den Protokollordner kann nicht geschrieben werden)</translation>
    </message>
    <message>
        <source>A report was saved as {0}. It contains no keys, passwords, message texts or customer data; copy it into a message to your IT support.</source>
        <translation>Ein Bericht wurde als {0} gespeichert. Er enthält keine Schlüssel, Passwörter, Nachrichtentexte oder Kundendaten; kopieren Sie ihn in eine Nachricht an Ihren IT-Support.</translation>
    </message>
    <message>
        <source>C&amp;ontinue working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Operator Desk – unexpected error</source>
        <translation>Operator Desk – unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside the desk ({0}).</source>
        <translation>Im Desk ist etwas schiefgegangen ({0}).</translation>
    </message>
    <message>
        <source>What the desk was doing at that moment may not have finished. Nothing was lost: what the desk had stored stays in the local cache and the team store, and actions you confirmed were saved before they were sent. You can go on working; check the last thing you did once more.</source>
        <translation>Was der Desk in diesem Moment tat, ist vielleicht nicht fertig geworden. Es ist nichts verloren: Was der Desk gespeichert hatte, bleibt im lokalen Zwischenspeicher und in der Teamdatenbank, und Aktionen, die Sie bestätigt haben, wurden vor dem Senden gesichert. Sie können weiterarbeiten; prüfen Sie Ihren letzten Schritt noch einmal.</translation>
    </message>
</context>
<context>
    <name>DecideSanctionDialog</name>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Sanction for {0}</source>
        <translation>Sanktion für {0}</translation>
    </message>
    <message>
        <source>Statement of reasons</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Your note (why you approve or decline)</source>
        <translation>Ihre Notiz (warum Sie freigeben oder ablehnen)</translation>
    </message>
    <message>
        <source>{0}, proposed by {1} on {2}. Breach: {3}. Evidence: {4}.</source>
        <translation>{0}, vorgeschlagen von {1} am {2}. Verstoß: {3}. Nachweise: {4}.</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>disputed on the marketplace</source>
        <translation>auf dem Marktplatz angefochten</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>incident opened</source>
        <translation>Reklamation eröffnet</translation>
    </message>
    <message>
        <source>kept open</source>
        <translation>offen gelassen</translation>
    </message>
    <message>
        <source>kept open in the desk</source>
        <translation>im Desk offen gelassen</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>vermerkt</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>reopened (a new incident on the same line)</source>
        <translation>wiedereröffnet (neue Reklamation zur selben Position)</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>sent to the marketplace</source>
        <translation>an den Marktplatz gesendet</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <source>waiting in the outbox</source>
        <translation>wartet im Postausgang</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Unterhaltungen</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Reklamationen</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>P&amp;ostausgang</translation>
    </message>
    <message>
        <source>&amp;Sellers</source>
        <translation>&amp;Verkäufer</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>Vor&amp;lagen</translation>
    </message>
    <message>
        <source>Another program is syncing this cache; the desk syncs again later.</source>
        <translation>Ein anderes Programm synchronisiert diesen Zwischenspeicher; der Desk synchronisiert später erneut.</translation>
    </message>
    <message>
        <source>Connections saved. They take effect when the desk starts next.</source>
        <translation>Verbindungen gespeichert. Sie gelten ab dem nächsten Start des Desks.</translation>
    </message>
    <message>
        <source>Offline: showing the cached queue. Actions need a connection.</source>
        <translation>Offline: Die zwischengespeicherte Liste wird angezeigt. Aktionen brauchen eine Verbindung.</translation>
    </message>
    <message>
        <source>Sync cancelled; what was fetched is kept, the next sync goes on from there.</source>
        <translation>Synchronisierung abgebrochen; was abgerufen wurde, bleibt erhalten, die nächste Synchronisierung macht dort weiter.</translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation>Synchronisierung abgeschlossen.</translation>
    </message>
    <message>
        <source>Sync incomplete for {0}; showing cached data.</source>
        <translation>Synchronisierung unvollständig für {0}; zwischengespeicherte Daten werden angezeigt.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>The desk could not open its data: {0}</source>
        <translation>Der Desk konnte seine Daten nicht öffnen: {0}</translation>
    </message>
    <message>
        <source>The key for market {0} was refused; showing cached data. Check the key in the connection settings.</source>
        <translation>Der Schlüssel für Markt {0} wurde abgelehnt; zwischengespeicherte Daten werden angezeigt. Prüfen Sie den Schlüssel in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The local cache is damaged. It is rebuilt from the marketplaces at the next start; until then some cached records may be missing. Queued actions are kept.</source>
        <translation>Der lokale Zwischenspeicher ist beschädigt. Er wird beim nächsten Start aus den Marktplätzen neu aufgebaut; bis dahin können zwischengespeicherte Datensätze fehlen. Aktionen im Postausgang bleiben erhalten.</translation>
    </message>
    <message>
        <source>The local cache was rebuilt because {0}; it fills again from the marketplaces. Queued actions are kept.</source>
        <translation>Der lokale Zwischenspeicher wurde neu aufgebaut, weil {0}; er füllt sich wieder aus den Marktplätzen. Aktionen im Postausgang bleiben erhalten.</translation>
    </message>
    <message>
        <source>The outbox could not be opened: {0} Actions are sent directly and cannot wait for a connection.</source>
        <translation>Der Postausgang konnte nicht geöffnet werden: {0} Aktionen werden direkt gesendet und können nicht auf eine Verbindung warten.</translation>
    </message>
    <message>
        <source>The sync stopped unexpectedly; showing cached data. Details are in the log.</source>
        <translation>Die Synchronisierung wurde unerwartet beendet; zwischengespeicherte Daten werden angezeigt. Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>shops</source>
        <translation>Shops</translation>
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
        <translation>Jeder Datensatz der Marktplätze konnte gelesen werden.</translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation>Lokaler Zwischenspeicher</translation>
    </message>
    <message>
        <source>Records skipped during sync</source>
        <translation>Beim Synchronisieren übersprungene Datensätze</translation>
    </message>
    <message>
        <source>Records that could not be read</source>
        <translation>Nicht lesbare Datensätze</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Select a record to see what the marketplace sent.</source>
        <translation>Wählen Sie einen Datensatz, um zu sehen, was der Marktplatz gesendet hat.</translation>
    </message>
    <message>
        <source>The record as the marketplace sent it</source>
        <translation>Der Datensatz, wie der Marktplatz ihn gesendet hat</translation>
    </message>
    <message>
        <source>incidents derived from orders and threads (the marketplace publishes no incident list)</source>
        <translation>Reklamationen aus Bestellungen und Unterhaltungen abgeleitet (der Marktplatz veröffentlicht keine Reklamationsliste)</translation>
    </message>
    <message>
        <source>last attempt failed: {0}</source>
        <translation>letzter Versuch fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>last sync {0}</source>
        <translation>letzte Synchronisierung {0}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>orders: {0}, incidents: {1}, messages: {2}</source>
        <translation>Bestellungen: {0}, Reklamationen: {1}, Nachrichten: {2}</translation>
    </message>
</context>
<context>
    <name>EditActionDialog</name>
    <message>
        <source>Edit the queued action</source>
        <translation>Wartende Aktion bearbeiten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>No reason (the seller marked it solved)</source>
        <translation>Ohne Grund (der Verkäufer hat sie als gelöst markiert)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <source>Late reply</source>
        <translation>Verspätete Antwort</translation>
    </message>
    <message>
        <source>Market {0} cannot be reached; nothing was changed there. Try again when the connection is back.</source>
        <translation>Markt {0} ist nicht erreichbar; dort wurde nichts geändert. Versuchen Sie es erneut, wenn die Verbindung wieder steht.</translation>
    </message>
    <message>
        <source>Market {0} is busy; nothing was changed. Try again in a moment.</source>
        <translation>Markt {0} ist ausgelastet; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Market {0} refused the change: {1}</source>
        <translation>Markt {0} hat die Änderung abgelehnt: {1}</translation>
    </message>
    <message>
        <source>Market {0}: {1}</source>
        <translation>Markt {0}: {1}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>The key for market {0} was refused; check the connection settings.</source>
        <translation>Der Schlüssel für Markt {0} wurde abgelehnt; prüfen Sie die Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The sanction is not in a state for this ({1}); a colleague may have acted on it. Reload the scorecard.</source>
        <translation>Die Sanktion ist dafür nicht im passenden Zustand ({1}); vielleicht hat eine Kollegin oder ein Kollege schon gehandelt. Laden Sie die Scorecard neu.</translation>
    </message>
    <message>
        <source>The team store cannot be reached, so nothing was recorded. Try again when it is back.</source>
        <translation>Die Teamdatenbank ist nicht erreichbar, daher wurde nichts erfasst. Versuchen Sie es erneut, wenn sie wieder da ist.</translation>
    </message>
    <message>
        <source>This sanction or seller is no longer known.</source>
        <translation>Diese Sanktion oder dieser Verkäufer ist nicht mehr bekannt.</translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation>Unerwarteter Fehler: {0}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Your role may not do this: {1}</source>
        <translation>Ihre Rolle darf das nicht: {1}</translation>
    </message>
    <message>
        <source>due {0}, answered {1}</source>
        <translation>fällig {0}, beantwortet {1}</translation>
    </message>
    <message>
        <source>due {0}, not answered</source>
        <translation>fällig {0}, nicht beantwortet</translation>
    </message>
    <message>
        <source>{0}: marked solved, reopened</source>
        <translation>{0}: als gelöst markiert, wieder geöffnet</translation>
    </message>
    <message>
        <source>{0}: not solved</source>
        <translation>{0}: nicht gelöst</translation>
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
        <translation>Schließt automatisch</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer wrote</source>
        <translation>Kunde schrieb</translation>
    </message>
    <message>
        <source>Incident {0}</source>
        <translation>Reklamation {0}</translation>
    </message>
    <message>
        <source>Marked solved</source>
        <translation>Als gelöst markiert</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>On it</source>
        <translation>In Bearbeitung durch</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Bestellwert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The customer wrote after the seller marked the incident as solved</source>
        <translation>Der Kunde hat geschrieben, nachdem der Verkäufer die Reklamation als gelöst markiert hatte</translation>
    </message>
    <message>
        <source>Time left before the platform closes the incident by itself (5 business days without activity, in the market&apos;s calendar)</source>
        <translation>Verbleibende Zeit, bis die Plattform die Reklamation von selbst schließt (5 Werktage ohne Aktivität, nach dem Kalender des Marktes)</translation>
    </message>
    <message>
        <source>Who is working on the case right now</source>
        <translation>Wer gerade an dem Fall arbeitet</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Angefochten</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Marked solved</source>
        <translation>Als gelöst markiert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Close incident</source>
        <translation>Reklamation schließen</translation>
    </message>
    <message>
        <source>Close this incident on the marketplace (Ctrl+Return)</source>
        <translation>Diese Reklamation auf dem Marktplatz schließen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Closed too early? Open a new incident on the same order line, with a reason, and record why</source>
        <translation>Zu früh geschlossen? Eine neue Reklamation zur selben Bestellposition eröffnen, mit Grund, und festhalten, warum</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Schließen…</translation>
    </message>
    <message>
        <source>Derived: this marketplace does not publish its incidents, so the status and the seller&apos;s &quot;solved&quot; are read from the order and the messages.</source>
        <translation>Abgeleitet: Dieser Marktplatz veröffentlicht seine Reklamationen nicht, daher werden Status und „gelöst“ des Verkäufers aus der Bestellung und den Nachrichten gelesen.</translation>
    </message>
    <message>
        <source>Do not accept the seller&apos;s resolution: keep the incident open (Ctrl+Shift+Return)</source>
        <translation>Die Lösung des Verkäufers nicht akzeptieren: Reklamation offen lassen (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Every conversation of this order, its timeline and the team&apos;s decisions as a PDF and a JSON file (Ctrl+Shift+D)</source>
        <translation>Alle Unterhaltungen zu dieser Bestellung, ihre Zeitachse und die Entscheidungen des Teams als PDF- und JSON-Datei (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Export dossier…</source>
        <translation>Dossier exportieren…</translation>
    </message>
    <message>
        <source>Export the incident&apos;s dossier</source>
        <translation>Dossier der Reklamation exportieren</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <source>Internal notes ({0})</source>
        <translation>Interne Notizen ({0})</translation>
    </message>
    <message>
        <source>Its order line has an incident open again, or cannot have one now.</source>
        <translation>Zu ihrer Bestellposition ist wieder eine Reklamation offen, oder es kann gerade keine eröffnet werden.</translation>
    </message>
    <message>
        <source>Keep open…</source>
        <translation>Offen lassen…</translation>
    </message>
    <message>
        <source>Keep the incident open</source>
        <translation>Reklamation offen lassen</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Ältere Nachrichten werden geladen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Neue Reklamation…</translation>
    </message>
    <message>
        <source>No line of this order can have a new incident.</source>
        <translation>Zu keiner Position dieser Bestellung kann eine neue Reklamation eröffnet werden.</translation>
    </message>
    <message>
        <source>Nothing on this order can be refunded now.</source>
        <translation>Auf diese Bestellung kann gerade nichts erstattet werden.</translation>
    </message>
    <message>
        <source>Older messages are not in the local cache and the marketplace is offline.</source>
        <translation>Ältere Nachrichten sind nicht im lokalen Zwischenspeicher, und der Marktplatz ist offline.</translation>
    </message>
    <message>
        <source>Only an incident the seller marked as solved can be kept open.</source>
        <translation>Nur eine Reklamation, die der Verkäufer als gelöst markiert hat, kann offen gelassen werden.</translation>
    </message>
    <message>
        <source>Open an incident</source>
        <translation>Reklamation eröffnen</translation>
    </message>
    <message>
        <source>Open an incident on a line of this order (Ctrl+Shift+I)</source>
        <translation>Zu einer Position dieser Bestellung eine Reklamation eröffnen (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>Open the seller&apos;s scorecard and propose a sanction with this case as evidence</source>
        <translation>Die Scorecard des Verkäufers öffnen und eine Sanktion mit diesem Fall als Nachweis vorschlagen</translation>
    </message>
    <message>
        <source>Propose a sanction for the seller</source>
        <translation>Eine Sanktion für den Verkäufer vorschlagen</translation>
    </message>
    <message>
        <source>Propose sanction…</source>
        <translation>Sanktion vorschlagen…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Refund the customer (Ctrl+Shift+R)</source>
        <translation>Dem Kunden erstatten (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <source>Reopen the incident</source>
        <translation>Reklamation wiedereröffnen</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Wiedereröffnen…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <source>Select an incident in the queue to see the order, the seller&apos;s resolution and the whole conversation.</source>
        <translation>Wählen Sie eine Reklamation in der Liste, um die Bestellung, die Lösung des Verkäufers und die ganze Unterhaltung zu sehen.</translation>
    </message>
    <message>
        <source>The customer&apos;s latest message</source>
        <translation>Die letzte Nachricht des Kunden</translation>
    </message>
    <message>
        <source>The incident is closed.</source>
        <translation>Die Reklamation ist geschlossen.</translation>
    </message>
    <message>
        <source>The incident is open.</source>
        <translation>Die Reklamation ist offen.</translation>
    </message>
    <message>
        <source>The order is not in the cache.</source>
        <translation>Die Bestellung ist nicht im Zwischenspeicher.</translation>
    </message>
    <message>
        <source>The seller&apos;s claim</source>
        <translation>Angabe des Verkäufers</translation>
    </message>
    <message>
        <source>This order has no conversation in the local cache.</source>
        <translation>Zu dieser Bestellung gibt es keine Unterhaltung im lokalen Zwischenspeicher.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Timeline and conversation</source>
        <translation>Zeitachse und Unterhaltung</translation>
    </message>
    <message>
        <source>Write to the customer or the seller (Ctrl+R)</source>
        <translation>An den Kunden oder den Verkäufer schreiben (Strg+R)</translation>
    </message>
</context>
<context>
    <name>KeepOpenDialog</name>
    <message>
        <source>Keep open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <source>Keep the incident open</source>
        <translation>Reklamation offen lassen</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>Nachricht an den Kunden</translation>
    </message>
    <message>
        <source>Message to the seller</source>
        <translation>Nachricht an den Verkäufer</translation>
    </message>
    <message>
        <source>The incident on order {0} stays open: the seller&apos;s resolution is not accepted.{1}</source>
        <translation>Die Reklamation zu Bestellung {0} bleibt offen: Die Lösung des Verkäufers wird nicht akzeptiert.{1}</translation>
    </message>
    <message>
        <source>The marketplace shows it as disputed.</source>
        <translation>Der Marktplatz zeigt sie als angefochten an.</translation>
    </message>
    <message>
        <source>This marketplace has no dispute step: the incident simply stays open and the decision is recorded for the team.</source>
        <translation>Dieser Marktplatz kennt keinen Anfechtungsschritt: Die Reklamation bleibt einfach offen, und die Entscheidung wird für das Team festgehalten.</translation>
    </message>
    <message>
        <source>Why (for the team record; required)</source>
        <translation>Warum (für die Teamakte; Pflichtfeld)</translation>
    </message>
    <message>
        <source>Why the incident stays open</source>
        <translation>Warum die Reklamation offen bleibt</translation>
    </message>
</context>
<context>
    <name>KeyringDialog</name>
    <message>
        <source> for {0}</source>
        <translation> für {0}</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Keyring backend: {0}</source>
        <translation>Schlüsselbund-Backend: {0}</translation>
    </message>
    <message>
        <source>Marketplace keys are kept only in the system keyring (GNOME Keyring or KWallet on Linux, the Keychain on macOS, Credential Manager on Windows), never in a file.

You can start or install a keyring service and try again, or keep the key for this session only: it stays in memory and is forgotten when the desk closes, so you will be asked for it again next time.

Reason: {0}</source>
        <translation>Marktplatz-Schlüssel werden nur im Schlüsselbund des Systems aufbewahrt (GNOME Keyring oder KWallet unter Linux, die Schlüsselbundverwaltung unter macOS, die Anmeldeinformationsverwaltung unter Windows), nie in einer Datei.

Sie können einen Schlüsselbund-Dienst starten oder installieren und es erneut versuchen, oder den Schlüssel nur für diese Sitzung behalten: Er bleibt im Arbeitsspeicher und ist vergessen, wenn der Desk geschlossen wird; beim nächsten Mal werden Sie erneut danach gefragt.

Grund: {0}</translation>
    </message>
    <message>
        <source>No usable keyring</source>
        <translation>Kein nutzbarer Schlüsselbund</translation>
    </message>
    <message>
        <source>The system keyring could not be used, so Operator Desk cannot store the key{0} safely.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht genutzt werden, daher kann Operator Desk den Schlüssel{0} nicht sicher speichern.</translation>
    </message>
    <message>
        <source>This system has no keyring service, so Operator Desk cannot store the key{0} safely.</source>
        <translation>Dieses System hat keinen Schlüsselbund-Dienst, daher kann Operator Desk den Schlüssel{0} nicht sicher speichern.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Grade (evaluations)</source>
        <translation>Note (Bewertungen)</translation>
    </message>
    <message>
        <source>Incident rate</source>
        <translation>Reklamationsquote</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Late replies</source>
        <translation>Verspätete Antworten</translation>
    </message>
    <message>
        <source>Messages with policy findings</source>
        <translation>Nachrichten mit Richtlinienbefunden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Reklamationen</translation>
    </message>
    <message>
        <source>Order approval rate</source>
        <translation>Annahmequote der Bestellungen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation>Erstattungsquote</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>Reopened %</source>
        <translation>Wieder geöffnet %</translation>
    </message>
    <message>
        <source>Reopened share</source>
        <translation>Anteil wieder geöffnet</translation>
    </message>
    <message>
        <source>Reply (median)</source>
        <translation>Antwort (Median)</translation>
    </message>
    <message>
        <source>Reply (p95)</source>
        <translation>Antwort (p95)</translation>
    </message>
    <message>
        <source>Reply time (95th percentile)</source>
        <translation>Antwortzeit (95. Perzentil)</translation>
    </message>
    <message>
        <source>Reply time (median)</source>
        <translation>Antwortzeit (Median)</translation>
    </message>
    <message>
        <source>Solved by seller, reopened</source>
        <translation>Vom Verkäufer gelöst, wieder geöffnet</translation>
    </message>
    <message>
        <source>contact outside the platform</source>
        <translation>Kontakt außerhalb der Plattform</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
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
        <translation>Warnschwelle</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>This market</source>
        <translation>Dieser Markt</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>LadderDialog</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnschwelle</translation>
    </message>
    <message>
        <source>Days of this step</source>
        <translation>Tage dieser Stufe</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Ladder (first step first):</source>
        <translation>Stufen (erste Stufe zuerst):</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <source>Recidivism window:</source>
        <translation>Rückfallzeitraum:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Sanction ladder and thresholds: {0}</source>
        <translation>Sanktionsstufen und Schwellenwerte: {0}</translation>
    </message>
    <message>
        <source>Termination notice:</source>
        <translation>Kündigungsfrist:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Operator Desk will use {0} after a restart. Restart now? Reply drafts are kept.</source>
        <translation>Operator Desk verwendet nach einem Neustart {0}. Jetzt neu starten? Antwortentwürfe bleiben erhalten.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>System ({0})</source>
        <translation>System ({0})</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Alert</source>
        <translation>Warnschwelle</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenzwert</translation>
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
        <translation>E-Mail an: {0}</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Vollständige Adresse</translation>
    </message>
    <message>
        <source>Full address:</source>
        <translation>Vollständige Adresse:</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <source>Site: {0}</source>
        <translation>Website: {0}</translation>
    </message>
    <message>
        <source>The address is a bare IP address, not a named site.</source>
        <translation>Die Adresse ist eine reine IP-Adresse, keine benannte Website.</translation>
    </message>
    <message>
        <source>The connection is not encrypted (http).</source>
        <translation>Die Verbindung ist nicht verschlüsselt (http).</translation>
    </message>
    <message>
        <source>The part before &apos;@&apos; is not the site; the site is {0}.</source>
        <translation>Der Teil vor dem „@“ ist nicht die Website; die Website ist {0}.</translation>
    </message>
    <message>
        <source>The site&apos;s name mixes alphabets, a common disguise.</source>
        <translation>Der Name der Website mischt Alphabete – eine häufige Tarnung.</translation>
    </message>
    <message>
        <source>The site&apos;s name uses international characters; its real form is {0}.</source>
        <translation>Der Name der Website enthält internationale Zeichen; seine eigentliche Form ist {0}.</translation>
    </message>
    <message>
        <source>This link comes from a message and opens outside the desk. Open it only if you trust where it goes.</source>
        <translation>Dieser Link stammt aus einer Nachricht und öffnet sich außerhalb des Desks. Öffnen Sie ihn nur, wenn Sie dem Ziel vertrauen.</translation>
    </message>
    <message>
        <source>This opens your e-mail program.</source>
        <translation>Dies öffnet Ihr E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>E-Mail schreiben</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>Link not opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <source>The address could not be read.</source>
        <translation>Die Adresse konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This link did not come from the message text.</source>
        <translation>Dieser Link stammt nicht aus dem Nachrichtentext.</translation>
    </message>
    <message>
        <source>This link was not opened: {0}.

{1}</source>
        <translation>Dieser Link wurde nicht geöffnet: {0}.

{1}</translation>
    </message>
</context>
<context>
    <name>LocalDataController</name>
    <message numerus="yes">
        <source>Retention: personal data older than {0} days was wiped from %n cached record(s).</source>
        <translation>
            <numerusform>Aufbewahrung: In %n Datensatz des Zwischenspeichers wurden personenbezogene Daten gelöscht, die älter als {0} Tage waren.</numerusform>
            <numerusform>Aufbewahrung: In %n Datensätzen des Zwischenspeichers wurden personenbezogene Daten gelöscht, die älter als {0} Tage waren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;Data retention…</source>
        <translation>Daten&amp;aufbewahrung…</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Team store…</source>
        <translation>&amp;Teamdatenbank…</translation>
    </message>
    <message>
        <source>Opening the local cache…</source>
        <translation>Der lokale Zwischenspeicher wird geöffnet…</translation>
    </message>
    <message>
        <source>Operator Desk</source>
        <translation>Operator Desk</translation>
    </message>
    <message>
        <source>Re&amp;move all local data…</source>
        <translation>Alle &amp;lokalen Daten entfernen…</translation>
    </message>
    <message>
        <source>SANDBOX – demo marketplaces with generated data; nothing you do here reaches a real customer or seller.</source>
        <translation>SANDBOX – Demo-Marktplätze mit erzeugten Daten; nichts, was Sie hier tun, erreicht echte Kunden oder Verkäufer.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Team &amp;rules…</source>
        <translation>Team&amp;regeln…</translation>
    </message>
</context>
<context>
    <name>MarketRefundRules</name>
    <message>
        <source> days after shipment</source>
        <translation> Tage nach dem Versand</translation>
    </message>
    <message>
        <source>Agents need approval above:</source>
        <translation>Agents brauchen Freigabe bei mehr als:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Refund window of market {0}</source>
        <translation>Erstattungsfrist von Markt {0}</translation>
    </message>
    <message>
        <source>Refunds above a role&apos;s amount wait for a supervisor&apos;s approval; leave it empty for no limit. Amounts are in the market&apos;s currency, written as your language writes them.</source>
        <translation>Erstattungen über dem Betrag einer Rolle warten auf die Freigabe eines Supervisors; lassen Sie das Feld leer, wenn es keine Grenze geben soll. Beträge gelten in der Währung des Marktes und werden so geschrieben, wie es in Ihrer Sprache üblich ist.</translation>
    </message>
    <message>
        <source>Refunds allowed up to:</source>
        <translation>Erstattungen erlaubt bis:</translation>
    </message>
    <message>
        <source>Reviewers need approval above:</source>
        <translation>Prüfer brauchen Freigabe bei mehr als:</translation>
    </message>
    <message>
        <source>Supervisors need approval above:</source>
        <translation>Supervisoren brauchen Freigabe bei mehr als:</translation>
    </message>
    <message>
        <source>The built-in defaults: nobody has changed them yet.</source>
        <translation>Die eingebauten Standardwerte: Niemand hat sie bisher geändert.</translation>
    </message>
    <message>
        <source>Version {0}, saved by {1} on {2}.</source>
        <translation>Version {0}, gespeichert von {1} am {2}.</translation>
    </message>
    <message>
        <source>{0}: a limit cannot be negative.</source>
        <translation>{0}: Eine Grenze kann nicht negativ sein.</translation>
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
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Last sync {0}</source>
        <translation>Letzte Synchronisierung {0}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Stop the sync after the current page; what was fetched is kept and the next sync goes on from there.</source>
        <translation>Die Synchronisierung nach der aktuellen Seite anhalten; was abgerufen wurde, bleibt erhalten, und die nächste Synchronisierung macht dort weiter.</translation>
    </message>
    <message>
        <source>Stopping the sync after the current page…</source>
        <translation>Die Synchronisierung wird nach der aktuellen Seite angehalten…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>{0}: connecting…</source>
        <translation>{0}: verbinde…</translation>
    </message>
    <message>
        <source>{0}: no key stored for this connection – add it in the connection settings</source>
        <translation>{0}: Für diese Verbindung ist kein Schlüssel gespeichert – fügen Sie ihn in den Verbindungseinstellungen hinzu</translation>
    </message>
    <message>
        <source>{0}: offline – showing cached data</source>
        <translation>{0}: offline – zwischengespeicherte Daten werden angezeigt</translation>
    </message>
    <message>
        <source>{0}: online</source>
        <translation>{0}: online</translation>
    </message>
    <message>
        <source>{0}: the key was refused – check the connection settings</source>
        <translation>{0}: Der Schlüssel wurde abgelehnt – prüfen Sie die Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>{0}: the marketplace is busy or in trouble; retrying</source>
        <translation>{0}: Der Marktplatz ist ausgelastet oder hat Probleme; neuer Versuch läuft</translation>
    </message>
    <message>
        <source>{0}: your role may not read this marketplace</source>
        <translation>{0}: Ihre Rolle darf diesen Marktplatz nicht lesen</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <source>A template needs a title and a text.</source>
        <translation>Eine Vorlage braucht einen Titel und einen Text.</translation>
    </message>
    <message>
        <source>Choose or type a topic.</source>
        <translation>Wählen oder tippen Sie ein Thema.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The key is lower-case letters, digits and _ (it names the template in every language).</source>
        <translation>Der Schlüssel besteht aus Kleinbuchstaben, Ziffern und _ (er benennt die Vorlage in jeder Sprache).</translation>
    </message>
    <message>
        <source>The same key in another language is the same template in that language: the desk offers the recipient&apos;s language first.</source>
        <translation>Derselbe Schlüssel in einer anderen Sprache ist dieselbe Vorlage in dieser Sprache: Der Desk bietet zuerst die Sprache des Empfängers an.</translation>
    </message>
    <message>
        <source>This template exists in this language already: edit it there.</source>
        <translation>Diese Vorlage gibt es in dieser Sprache schon: Bearbeiten Sie sie dort.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>e.g. refund_partial_issued</source>
        <translation>z. B. refund_partial_issued</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Also show on the desktop</source>
        <translation>Auch auf dem Desktop anzeigen</translation>
    </message>
    <message>
        <source>Answer due soon</source>
        <translation>Antwort bald fällig</translation>
    </message>
    <message>
        <source>Approval waiting for you</source>
        <translation>Freigabe wartet auf Sie</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Desktop notifications need a notification area (system tray), which this desktop does not offer; they show here only.</source>
        <translation>Desktop-Benachrichtigungen brauchen einen Infobereich (System Tray), den dieser Desktop nicht bietet; sie erscheinen nur hier.</translation>
    </message>
    <message>
        <source>New customer message</source>
        <translation>Neue Kundennachricht</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Notiz: {0}</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>The answer on {0} is due {1}.</source>
        <translation>Die Antwort zu {0} ist fällig {1}.</translation>
    </message>
    <message>
        <source>The customer wrote on {0}, which you are working on.</source>
        <translation>Der Kunde hat zu {0} geschrieben, woran Sie gerade arbeiten.</translation>
    </message>
    <message>
        <source>Your request was approved</source>
        <translation>Ihre Anfrage wurde freigegeben</translation>
    </message>
    <message>
        <source>Your request was declined</source>
        <translation>Ihre Anfrage wurde abgelehnt</translation>
    </message>
    <message>
        <source>{0} approved {1} on {2}.</source>
        <translation>{0} hat {1} zu {2} freigegeben.</translation>
    </message>
    <message>
        <source>{0} asks to approve {1} on {2}.</source>
        <translation>{0} bittet um Freigabe von {1} zu {2}.</translation>
    </message>
    <message>
        <source>{0} declined {1} on {2}.</source>
        <translation>{0} hat {1} zu {2} abgelehnt.</translation>
    </message>
</context>
<context>
    <name>OpenIncidentDialog</name>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Open an incident</source>
        <translation>Reklamation eröffnen</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Reklamation eröffnen</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Bestellposition</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The seller and the customer see the new incident; it counts in the seller&apos;s statistics and freezes the order&apos;s cycle.</source>
        <translation>Verkäufer und Kunde sehen die neue Reklamation; sie zählt in der Statistik des Verkäufers und hält den Bestellablauf an.</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <source>An incident was opened on order {0}; it appears after the next sync.</source>
        <translation>Zur Bestellung {0} wurde eine Reklamation eröffnet; sie erscheint nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Incident not opened</source>
        <translation>Reklamation nicht eröffnet</translation>
    </message>
    <message>
        <source>Incident not reopened</source>
        <translation>Reklamation nicht wiedereröffnet</translation>
    </message>
    <message>
        <source>Opening an incident on order {0}…</source>
        <translation>Reklamation zu Bestellung {0} wird eröffnet…</translation>
    </message>
    <message>
        <source>Reopening the incident on order {0}…</source>
        <translation>Reklamation zu Bestellung {0} wird wiedereröffnet…</translation>
    </message>
    <message>
        <source>The incident on order {0} is reopened: a new incident was opened on the same line; it appears after the next sync.</source>
        <translation>Die Reklamation zu Bestellung {0} ist wiedereröffnet: Zur selben Position wurde eine neue Reklamation eröffnet; sie erscheint nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>The new incident on order {0} waits in the outbox; it is sent when market {1} can be reached.</source>
        <translation>Die neue Reklamation zu Bestellung {0} wartet im Postausgang; sie wird gesendet, sobald Markt {1} erreichbar ist.</translation>
    </message>
    <message>
        <source>The team store could not record the decision; see the log.</source>
        <translation>Die Teamdatenbank konnte die Entscheidung nicht erfassen; siehe Protokoll.</translation>
    </message>
    <message>
        <source>no incident was opened</source>
        <translation>es wurde keine Reklamation eröffnet</translation>
    </message>
    <message>
        <source>the incident was not reopened</source>
        <translation>die Reklamation wurde nicht wiedereröffnet</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>being placed</source>
        <translation>wird aufgegeben</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>incident closed</source>
        <translation>Reklamation geschlossen</translation>
    </message>
    <message>
        <source>incident open</source>
        <translation>Reklamation offen</translation>
    </message>
    <message>
        <source>ready for collection</source>
        <translation>abholbereit</translation>
    </message>
    <message>
        <source>received</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>refund payment pending</source>
        <translation>Erstattungszahlung ausstehend</translation>
    </message>
    <message>
        <source>refund pending</source>
        <translation>Erstattung ausstehend</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>refused by the seller</source>
        <translation>vom Verkäufer abgelehnt</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <source>to be shipped</source>
        <translation>zu versenden</translation>
    </message>
    <message>
        <source>waiting for payment</source>
        <translation>wartet auf Zahlung</translation>
    </message>
    <message>
        <source>waiting for the seller</source>
        <translation>wartet auf den Verkäufer</translation>
    </message>
</context>
<context>
    <name>OutboxChange</name>
    <message>
        <source>Incident status: you saw {0}, now it is {1}.</source>
        <translation>Status der Reklamation: Sie hatten {0} gesehen, jetzt ist er {1}.</translation>
    </message>
    <message>
        <source>It was sent but no answer came, and the marketplace does not show clearly whether it arrived ({0}). Check on the marketplace, then discard it or send it anyway.</source>
        <translation>Die Aktion wurde gesendet, aber es kam keine Antwort, und der Marktplatz zeigt nicht eindeutig, ob sie angekommen ist ({0}). Prüfen Sie es auf dem Marktplatz und verwerfen Sie die Aktion dann oder senden Sie sie trotzdem.</translation>
    </message>
    <message>
        <source>Line {0}: you asked to refund {1}; {2} is left to refund.</source>
        <translation>Position {0}: Sie wollten {1} erstatten; zu erstatten sind nur noch {2}.</translation>
    </message>
    <message>
        <source>Newest: “{0}”</source>
        <translation>Neueste: „{0}“</translation>
    </message>
    <message>
        <source>Shop state: the change needs {0}; the shop is {1} now.</source>
        <translation>Shop-Status: Die Änderung setzt {0} voraus; der Shop ist jetzt {1}.</translation>
    </message>
    <message numerus="yes">
        <source>The customer wrote %n new message(s) since you read the case.</source>
        <translation>
            <numerusform>Der Kunde hat %n neue Nachricht geschrieben, seit Sie den Fall gelesen haben.</numerusform>
            <numerusform>Der Kunde hat %n neue Nachrichten geschrieben, seit Sie den Fall gelesen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is {0} now; it can no longer be refunded.</source>
        <translation>Die Bestellung ist jetzt {0}; sie kann nicht mehr erstattet werden.</translation>
    </message>
    <message>
        <source>{0} no longer exists on the marketplace.</source>
        <translation>{0} existiert auf dem Marktplatz nicht mehr.</translation>
    </message>
</context>
<context>
    <name>OutboxFilter</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Zu klären</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
</context>
<context>
    <name>OutboxKind</name>
    <message>
        <source>Close incident</source>
        <translation>Reklamation schließen</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <source>Message to seller</source>
        <translation>Nachricht an Verkäufer</translation>
    </message>
    <message>
        <source>New thread on order</source>
        <translation>Neue Unterhaltung zur Bestellung</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Reklamation eröffnen</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Shop closing window</source>
        <translation>Shop-Schließzeitraum</translation>
    </message>
    <message>
        <source>Shop state</source>
        <translation>Shop-Status</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>All markets</source>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>Cancel action…</source>
        <translation>Aktion abbrechen…</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>Aktion abbrechen</translation>
    </message>
    <message>
        <source>Cancel this action?</source>
        <translation>Diese Aktion abbrechen?</translation>
    </message>
    <message>
        <source>Cancelled; it will not be sent.</source>
        <translation>Abgebrochen; die Aktion wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Cannot read the outbox: {0}</source>
        <translation>Der Postausgang kann nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Details: {0}</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard this action?</source>
        <translation>Diese Aktion verwerfen?</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>It can no longer be cancelled.</source>
        <translation>Die Aktion kann nicht mehr abgebrochen werden.</translation>
    </message>
    <message>
        <source>It changed meanwhile.</source>
        <translation>Die Aktion hat sich inzwischen geändert.</translation>
    </message>
    <message>
        <source>It had already reached the marketplace; it is marked as sent.</source>
        <translation>Die Aktion war bereits beim Marktplatz angekommen; sie ist als gesendet vermerkt.</translation>
    </message>
    <message>
        <source>It is sent as it is.</source>
        <translation>Die Aktion wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>It is tried again now.</source>
        <translation>Die Aktion wird jetzt erneut gesendet.</translation>
    </message>
    <message>
        <source>It may already have reached the marketplace; the desk checks first and tells you.</source>
        <translation>Vielleicht ist die Aktion schon beim Marktplatz angekommen; der Desk prüft das zuerst und gibt Ihnen Bescheid.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Next try: {0}</source>
        <translation>Nächster Versuch: {0}</translation>
    </message>
    <message>
        <source>No answer came when it was sent; the desk found it on the marketplace afterwards.</source>
        <translation>Beim Senden kam keine Antwort; der Desk hat die Aktion danach auf dem Marktplatz gefunden.</translation>
    </message>
    <message>
        <source>Not saved: it was sent or changed meanwhile, or the text is empty.</source>
        <translation>Nicht gespeichert: Die Aktion wurde inzwischen gesendet oder geändert, oder der Text ist leer.</translation>
    </message>
    <message>
        <source>Nothing here. Actions wait here while a marketplace cannot be reached, and stay listed once sent.</source>
        <translation>Hier ist nichts. Aktionen warten hier, solange ein Marktplatz nicht erreichbar ist, und bleiben nach dem Senden in der Liste.</translation>
    </message>
    <message>
        <source>Outbox actions</source>
        <translation>Aktionen im Postausgang</translation>
    </message>
    <message>
        <source>Queued: {0}</source>
        <translation>Eingereiht: {0}</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Saved; it is checked again before it is sent.</source>
        <translation>Gespeichert; die Aktion wird vor dem Senden erneut geprüft.</translation>
    </message>
    <message>
        <source>Selected action in detail</source>
        <translation>Ausgewählte Aktion im Detail</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>Trotzdem senden?</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>Trotzdem senden…</translation>
    </message>
    <message>
        <source>Send what is due now</source>
        <translation>Fälliges jetzt senden</translation>
    </message>
    <message>
        <source>Sending what is due…</source>
        <translation>Fälliges wird gesendet…</translation>
    </message>
    <message>
        <source>Sent: {0}</source>
        <translation>Gesendet: {0}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>The case changed since you decided:
{0}

Send the action as it is?</source>
        <translation>Der Fall hat sich geändert, seit Sie entschieden haben:
{0}

Die Aktion unverändert senden?</translation>
    </message>
    <message>
        <source>The case changed since you decided; nothing was sent:</source>
        <translation>Der Fall hat sich geändert, seit Sie entschieden haben; es wurde nichts gesendet:</translation>
    </message>
    <message>
        <source>The marketplace answered: {0}</source>
        <translation>Der Marktplatz antwortete: {0}</translation>
    </message>
    <message>
        <source>The marketplace cannot be read now, so the desk cannot tell whether it arrived; it was not cancelled. Try again later.</source>
        <translation>Der Marktplatz kann gerade nicht gelesen werden, daher kann der Desk nicht feststellen, ob die Aktion angekommen ist; sie wurde nicht abgebrochen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The outbox could not be changed: {0}</source>
        <translation>Der Postausgang konnte nicht geändert werden: {0}</translation>
    </message>
    <message>
        <source>Tries so far: {0}</source>
        <translation>Bisherige Versuche: {0}</translation>
    </message>
    <message>
        <source>Waits for action #{0} of the same case to be sent, cancelled or discarded first.</source>
        <translation>Wartet, bis Aktion #{0} desselben Falls gesendet, abgebrochen oder verworfen ist.</translation>
    </message>
    <message>
        <source>{0} on {1} (market {2})</source>
        <translation>{0}: {1} (Markt {2})</translation>
    </message>
    <message>
        <source>{0} on {1} will not be sent.</source>
        <translation>Die Aktion „{0}“ für {1} wird nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>OutboxProblem</name>
    <message>
        <source>An unexpected error happened; details are in the log.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>It was sent to market {0} but no answer came. The desk checks the marketplace before it sends anything again.</source>
        <translation>Die Aktion wurde an Markt {0} gesendet, aber es kam keine Antwort. Der Desk prüft den Marktplatz, bevor er irgendetwas erneut sendet.</translation>
    </message>
    <message>
        <source>Market {0} could not be reached; the desk tries again by itself.</source>
        <translation>Markt {0} war nicht erreichbar; der Desk versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Market {0} is busy or in trouble; the desk tries again by itself.</source>
        <translation>Markt {0} ist ausgelastet oder hat Probleme; der Desk versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Market {0} refused it.</source>
        <translation>Markt {0} hat die Aktion abgelehnt.</translation>
    </message>
    <message>
        <source>The key for market {0} was refused. Fix it in the connection settings; the action goes out afterwards.</source>
        <translation>Der Schlüssel für Markt {0} wurde abgelehnt. Korrigieren Sie ihn in den Verbindungseinstellungen; danach geht die Aktion raus.</translation>
    </message>
    <message>
        <source>The marketplace said: {0}</source>
        <translation>Der Marktplatz meldete: {0}</translation>
    </message>
    <message>
        <source>Your role on market {0} may not do this.</source>
        <translation>Ihre Rolle auf Markt {0} darf das nicht.</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Behind #{0}</source>
        <translation>Wartet auf #{0}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Checking (sent, no answer)</source>
        <translation>Wird geprüft (gesendet, keine Antwort)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
</context>
<context>
    <name>OutboxStatusButton</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n need(s) you</source>
        <translation>
            <numerusform>Postausgang: %n zu klären</numerusform>
            <numerusform>Postausgang: %n zu klären</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Postausgang: %n wartet</numerusform>
            <numerusform>Postausgang: %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} waiting to be sent, {1} failed or in conflict. Click to open the outbox.</source>
        <translation>Warten auf Versand: {0}; fehlgeschlagen oder im Konflikt: {1}. Klicken Sie, um den Postausgang zu öffnen.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>OutboxWaiting</name>
    <message>
        <source>conflict in the outbox</source>
        <translation>Konflikt im Postausgang</translation>
    </message>
    <message>
        <source>failed in the outbox</source>
        <translation>im Postausgang fehlgeschlagen</translation>
    </message>
    <message>
        <source>pending in the outbox</source>
        <translation>wartet im Postausgang</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <source>{0}: the marketplace refused it; it waits in the outbox. Retry or cancel it on the outbox page.</source>
        <translation>{0}: Der Marktplatz hat die Aktion abgelehnt; sie wartet im Postausgang. Versuchen Sie es dort erneut oder brechen Sie die Aktion ab.</translation>
    </message>
    <message>
        <source>{0}: waits for a supervisor&apos;s approval in the outbox.</source>
        <translation>{0}: wartet im Postausgang auf die Freigabe eines Supervisors.</translation>
    </message>
    <message>
        <source>{0}: waits in the outbox because the case changed. Send it anyway or discard it on the outbox page.</source>
        <translation>{0}: wartet im Postausgang, weil sich der Fall geändert hat. Senden Sie die Aktion dort trotzdem oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>{0}: waits in the outbox until it is sent.</source>
        <translation>{0}: wartet im Postausgang auf den Versand.</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>non-answer</source>
        <translation>Nichtantwort</translation>
    </message>
    <message>
        <source>off-platform contact</source>
        <translation>Kontakt außerhalb der Plattform</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>ProposeSanctionDialog</name>
    <message numerus="yes">
        <source>%n earlier sanction(s) in the recidivism window</source>
        <translation>
            <numerusform>%n frühere Sanktion im Rückfallzeitraum</numerusform>
            <numerusform>%n frühere Sanktionen im Rückfallzeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>End it automatically on its date (lift a restriction or suspension, carry out a termination)</source>
        <translation>An ihrem Datum automatisch beenden (Einschränkung oder Sperrung aufheben, Kündigung vollziehen)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Evidence the sanction rests on:</source>
        <translation>Nachweise, auf die sich die Sanktion stützt:</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Maßnahme:</translation>
    </message>
    <message>
        <source>Pick at least one piece of evidence.</source>
        <translation>Wählen Sie mindestens einen Nachweis.</translation>
    </message>
    <message>
        <source>Propose a sanction: {0}</source>
        <translation>Sanktion vorschlagen: {0}</translation>
    </message>
    <message>
        <source>Propose for approval</source>
        <translation>Zur Freigabe vorschlagen</translation>
    </message>
    <message>
        <source>Rebuild text from the evidence</source>
        <translation>Text aus den Nachweisen neu erstellen</translation>
    </message>
    <message>
        <source>Statement in: {0} · {1}</source>
        <translation>Begründung in: {0} · {1}</translation>
    </message>
    <message>
        <source>Statement of reasons</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>The evidence or the measure changed; your edited text was kept. Rebuild it to include the change.</source>
        <translation>Nachweise oder Maßnahme haben sich geändert; Ihr bearbeiteter Text wurde beibehalten. Erstellen Sie ihn neu, um die Änderung aufzunehmen.</translation>
    </message>
    <message>
        <source>{start} and {end} become the measure&apos;s dates when it is applied. The seller reads this text; message excerpts are quoted as they were written.</source>
        <translation>{start} und {end} werden bei der Anwendung zu den Daten der Maßnahme. Der Verkäufer liest diesen Text; Auszüge aus Nachrichten werden so zitiert, wie sie geschrieben wurden.</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Warum er übersprungen wurde</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
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
        <translation> T.</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Beliebiger Grund</translation>
    </message>
    <message>
        <source>Any seller</source>
        <translation>Beliebiger Verkäufer</translation>
    </message>
    <message>
        <source>Customer reaction filter</source>
        <translation>Filter: Reaktion des Kunden</translation>
    </message>
    <message>
        <source>Customer: any</source>
        <translation>Kunde: beliebig</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>Den gewählten gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>Maximum order value</source>
        <translation>Höchster Bestellwert</translation>
    </message>
    <message>
        <source>Minimum order value</source>
        <translation>Niedrigster Bestellwert</translation>
    </message>
    <message>
        <source>Minimum waiting time in days</source>
        <translation>Mindestwartezeit in Tagen</translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation>Name für diese Filter:</translation>
    </message>
    <message>
        <source>Policy flag filter</source>
        <translation>Filter: Richtlinien-Hinweise</translation>
    </message>
    <message>
        <source>Policy: any</source>
        <translation>Richtlinie: beliebig</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation>Filter: Grund</translation>
    </message>
    <message>
        <source>Refund filter</source>
        <translation>Filter: Erstattung</translation>
    </message>
    <message>
        <source>Refund: any</source>
        <translation>Erstattung: beliebig</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset these filters</source>
        <translation>Diese Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Save the current filters</source>
        <translation>Die aktuellen Filter speichern</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>Gespeicherte Filter…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Seller filter</source>
        <translation>Filter: Verkäufer</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>beliebiges Alter</translation>
    </message>
    <message>
        <source>customer silent</source>
        <translation>Kunde hat nichts geschrieben</translation>
    </message>
    <message>
        <source>customer wrote after</source>
        <translation>Kunde schrieb danach</translation>
    </message>
    <message>
        <source>has a refund</source>
        <translation>mit Erstattung</translation>
    </message>
    <message>
        <source>no policy flags</source>
        <translation>ohne Richtlinien-Hinweise</translation>
    </message>
    <message>
        <source>no refund</source>
        <translation>ohne Erstattung</translation>
    </message>
    <message>
        <source>policy flags</source>
        <translation>mit Richtlinien-Hinweisen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>value from</source>
        <translation>Wert von</translation>
    </message>
    <message>
        <source>waiting ≥ </source>
        <translation>wartet ≥ </translation>
    </message>
    <message>
        <source>“{0}” is not an amount</source>
        <translation>„{0}“ ist kein Betrag</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Reklamation</numerusform>
            <numerusform>%n Reklamationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) exported to {0}.</source>
        <translation>
            <numerusform>%n Reklamation nach {0} exportiert.</numerusform>
            <numerusform>%n Reklamationen nach {0} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Jemand aus dem Team</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>All open incidents</source>
        <translation>Alle offenen Reklamationen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Reklamation schließen</translation>
    </message>
    <message>
        <source>Close the selected incidents</source>
        <translation>Die ausgewählten Reklamationen schließen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Closed by me today</source>
        <translation>Heute von mir geschlossen</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Angefochten</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export the queue as CSV</source>
        <translation>Liste als CSV exportieren</translation>
    </message>
    <message>
        <source>Export this view as CSV</source>
        <translation>Diese Ansicht als CSV exportieren</translation>
    </message>
    <message>
        <source>Exporting the queue…</source>
        <translation>Liste wird exportiert…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Incident queue</source>
        <translation>Reklamationsliste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Marked solved by the seller – waiting for us</source>
        <translation>Vom Verkäufer als gelöst markiert – wartet auf uns</translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation>Filter: Markt</translation>
    </message>
    <message>
        <source>Next unclaimed incident</source>
        <translation>Nächste nicht übernommene Reklamation</translation>
    </message>
    <message>
        <source>No incident matches these filters.</source>
        <translation>Keine Reklamation passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No incidents in this view.</source>
        <translation>Keine Reklamationen in dieser Ansicht.</translation>
    </message>
    <message>
        <source>Nothing to check: no seller has marked an incident as solved.
New ones appear here after the next sync.</source>
        <translation>Nichts zu prüfen: Kein Verkäufer hat eine Reklamation als gelöst markiert.
Neue erscheinen hier nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Older messages of this case could not be loaded from market {0}; the cached part is shown.</source>
        <translation>Ältere Nachrichten dieses Falls konnten nicht von Markt {0} geladen werden; der zwischengespeicherte Teil wird angezeigt.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Previous incident</source>
        <translation>Vorherige Reklamation</translation>
    </message>
    <message>
        <source>Queue view</source>
        <translation>Listenansicht</translation>
    </message>
    <message>
        <source>Search order, customer, e-mail, seller, incident</source>
        <translation>Bestellung, Kunde, E-Mail, Verkäufer, Reklamation suchen</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Liste durchsuchen</translation>
    </message>
    <message>
        <source>Show more filters</source>
        <translation>Weitere Filter anzeigen</translation>
    </message>
    <message>
        <source>The export failed: {0}. No file was written.</source>
        <translation>Der Export ist fehlgeschlagen: {0}. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The queue could not be read from the local cache: {0}</source>
        <translation>Die Liste konnte nicht aus dem lokalen Zwischenspeicher gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Who is working on this case</source>
        <translation>Wer gerade an diesem Fall arbeitet</translation>
    </message>
    <message>
        <source>{0} is working on this case. You can read it; decide only after talking to them.</source>
        <translation>{0} arbeitet an diesem Fall. Sie können ihn lesen; entscheiden Sie erst nach Rücksprache.</translation>
    </message>
    <message>
        <source>{0} of {1} incidents written…</source>
        <translation>{0} von {1} Reklamationen geschrieben…</translation>
    </message>
</context>
<context>
    <name>RefundAmounts</name>
    <message>
        <source>&apos;{text}&apos; could be read two ways (thousands or decimals): write &apos;{hint}&apos; for {digits} whole units, or use &apos;{decimal}&apos; for decimals.</source>
        <translation>„{text}“ lässt sich zweifach lesen (Tausender oder Dezimalstellen): Schreiben Sie „{hint}“ für {digits} ganze Einheiten, oder verwenden Sie „{decimal}“ für Dezimalstellen.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>„{text}“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not how this language writes an amount: did you mean &apos;{hint}&apos;? (decimal separator &apos;{decimal}&apos;)</source>
        <translation>So schreibt man in dieser Sprache keinen Betrag: „{text}“. Meinten Sie „{hint}“? (Dezimaltrennzeichen „{decimal}“)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not how this language writes an amount: write it like {example}.</source>
        <translation>So schreibt man in dieser Sprache keinen Betrag: „{text}“. Schreiben Sie ihn wie {example}.</translation>
    </message>
    <message>
        <source>Type an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>{currency} amounts have {allowed} decimals at most; &apos;{text}&apos; has more.</source>
        <translation>Beträge in {currency} haben höchstens {allowed} Dezimalstellen; „{text}“ hat mehr.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>A refund was made on this order since you opened it (by a colleague, or the seller). Nothing was sent. The figures are updated: check what is left and choose again.</source>
        <translation>Seit Sie diesen Dialog geöffnet haben, wurde auf diese Bestellung erstattet (von einer Kollegin, einem Kollegen oder dem Verkäufer). Es wurde nichts gesendet. Die Zahlen sind aktualisiert: Prüfen Sie, was übrig ist, und wählen Sie neu.</translation>
    </message>
    <message>
        <source>Amount for the whole order</source>
        <translation>Betrag für die ganze Bestellung</translation>
    </message>
    <message>
        <source>Amount for the whole order:</source>
        <translation>Betrag für die ganze Bestellung:</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>Figures from the local cache: the marketplace could not be asked now. They are checked against the marketplace again before anything is sent.</source>
        <translation>Zahlen aus dem lokalen Zwischenspeicher: Der Marktplatz war gerade nicht erreichbar. Vor dem Senden werden sie noch einmal mit dem Marktplatz abgeglichen.</translation>
    </message>
    <message>
        <source>Figures from the local cache; checking with the marketplace…</source>
        <translation>Zahlen aus dem lokalen Zwischenspeicher; Abgleich mit dem Marktplatz läuft…</translation>
    </message>
    <message>
        <source>Figures read from the marketplace at {0}.</source>
        <translation>Zahlen vom Marktplatz gelesen um {0}.</translation>
    </message>
    <message>
        <source>Loading order {0}…</source>
        <translation>Bestellung {0} wird geladen…</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Nachrichtenvorlage</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>Nachricht an den Kunden</translation>
    </message>
    <message>
        <source>Message to the customer (in {0})</source>
        <translation>Nachricht an den Kunden (auf {0})</translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval (your limit is {0}), but the team store cannot be reached now.</source>
        <translation>Braucht die Freigabe eines Supervisors (Ihre Grenze liegt bei {0}), aber die Teamdatenbank ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval: your limit is {0}.</source>
        <translation>Braucht die Freigabe eines Supervisors: Ihre Grenze liegt bei {0}.</translation>
    </message>
    <message>
        <source>No refund templates in this language</source>
        <translation>Keine Erstattungsvorlagen in dieser Sprache</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>Not allowed: {0}</source>
        <translation>Nicht erlaubt: {0}</translation>
    </message>
    <message>
        <source>Optional. The platform notifies the customer of the refund automatically; add your own words here if you like.</source>
        <translation>Freiwillig. Die Plattform benachrichtigt den Kunden automatisch über die Erstattung; fügen Sie hier bei Bedarf eigene Worte hinzu.</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>Order {0} · {1} · customer {2} · market {3} · {4}</source>
        <translation>Bestellung {0} · {1} · Kunde {2} · Markt {3} · {4}</translation>
    </message>
    <message>
        <source>Partial amount per line</source>
        <translation>Teilbetrag je Position</translation>
    </message>
    <message>
        <source>Personal message to the customer</source>
        <translation>Persönliche Nachricht an den Kunden</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <source>Refund reason</source>
        <translation>Erstattungsgrund</translation>
    </message>
    <message>
        <source>Refund {0}</source>
        <translation>{0} erstatten</translation>
    </message>
    <message>
        <source>Refunded {0}. The customer is notified by the platform; its notice shows in the thread after the next sync.</source>
        <translation>{0} erstattet. Die Plattform benachrichtigt den Kunden; ihre Mitteilung erscheint nach der nächsten Synchronisierung in der Unterhaltung.</translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation>Freigabe anfragen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent to a supervisor for approval (request {0}). You are notified when it is decided; nothing is refunded until then.</source>
        <translation>Zur Freigabe an einen Supervisor gesendet (Anfrage {0}). Sie werden benachrichtigt, wenn entschieden ist; bis dahin wird nichts erstattet.</translation>
    </message>
    <message>
        <source>Shipping costs</source>
        <translation>Versandkosten</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>The figures changed since the dialog opened: a refund was made meanwhile. What is left is updated.</source>
        <translation>Die Zahlen haben sich seit dem Öffnen des Dialogs geändert: Inzwischen wurde erstattet. Was übrig ist, wurde aktualisiert.</translation>
    </message>
    <message>
        <source>The marketplace did not confirm the refund ({0}). It may have been made or not: before refunding again, reopen the refund - it reads the order back and shows what is left.</source>
        <translation>Der Marktplatz hat die Erstattung nicht bestätigt ({0}). Sie kann erfolgt sein oder nicht: Öffnen Sie die Erstattung erneut, bevor Sie noch einmal erstatten – sie liest die Bestellung neu und zeigt, was übrig ist.</translation>
    </message>
    <message>
        <source>The marketplace refused the refund: {0}. Nothing was refunded.</source>
        <translation>Der Marktplatz hat die Erstattung abgelehnt: {0}. Es wurde nichts erstattet.</translation>
    </message>
    <message>
        <source>The marketplace refused this desk&apos;s key. Nothing was refunded; check the key in the connection settings.</source>
        <translation>Der Marktplatz hat den Schlüssel dieses Desks abgelehnt. Es wurde nichts erstattet; prüfen Sie den Schlüssel in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The order cannot be shown: {0}</source>
        <translation>Die Bestellung kann nicht angezeigt werden: {0}</translation>
    </message>
    <message>
        <source>The order changed since you read it: {0}. The refund waits in the outbox; send it anyway or discard it there.</source>
        <translation>Die Bestellung hat sich geändert, seit Sie sie gelesen haben: {0}. Die Erstattung wartet im Postausgang; senden Sie sie dort trotzdem oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>The order is not in the local cache; sync and try again.</source>
        <translation>Die Bestellung ist nicht im lokalen Zwischenspeicher; synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The refund did not happen ({0}): {1}</source>
        <translation>Die Erstattung ist nicht erfolgt ({0}): {1}</translation>
    </message>
    <message>
        <source>The refund failed unexpectedly: {0}. Details are in the log.</source>
        <translation>Die Erstattung ist unerwartet fehlgeschlagen: {0}. Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The refund of {0} is queued and goes out as soon as the marketplace is reachable.</source>
        <translation>Die Erstattung von {0} steht in der Warteschlange und geht raus, sobald der Marktplatz erreichbar ist.</translation>
    </message>
    <message>
        <source>This approved refund is in the outbox already, so it was not queued a second time ({0}). Retry, send or cancel it on the outbox page.</source>
        <translation>Diese freigegebene Erstattung liegt bereits im Postausgang und wurde daher nicht ein zweites Mal eingereiht ({0}). Versuchen Sie es dort erneut, senden Sie sie oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>This approved refund was sent already, so it was not sent again ({0}).</source>
        <translation>Diese freigegebene Erstattung wurde bereits gesendet und daher nicht erneut gesendet ({0}).</translation>
    </message>
    <message>
        <source>This refund needs a supervisor&apos;s approval, but the team store cannot be reached. Nothing was sent or requested; try again when it is back.</source>
        <translation>Diese Erstattung braucht die Freigabe eines Supervisors, aber die Teamdatenbank ist nicht erreichbar. Es wurde nichts gesendet oder angefragt; versuchen Sie es erneut, wenn sie wieder da ist.</translation>
    </message>
    <message>
        <source>To refund now: {0}</source>
        <translation>Jetzt zu erstatten: {0}</translation>
    </message>
    <message>
        <source>Units of products</source>
        <translation>Einheiten von Artikeln</translation>
    </message>
    <message>
        <source>Whole remaining order</source>
        <translation>Ganze restliche Bestellung</translation>
    </message>
    <message>
        <source>Within your limit of {0}.</source>
        <translation>Innerhalb Ihrer Grenze von {0}.</translation>
    </message>
    <message>
        <source>Your personal message was not sent ({0}); write it from the conversation.</source>
        <translation>Ihre persönliche Nachricht wurde nicht gesendet ({0}); schreiben Sie sie aus der Unterhaltung.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <source>Left</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Position {0}: {1}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Pending refunds count against what is left: the money is on its way.</source>
        <translation>Ausstehende Erstattungen zählen gegen das, was übrig ist: Das Geld ist unterwegs.</translation>
    </message>
    <message>
        <source>Products now</source>
        <translation>Artikel jetzt</translation>
    </message>
    <message>
        <source>Products {0} (unit price {1}), shipping {2}; amounts include tax.</source>
        <translation>Artikel {0} (Stückpreis {1}), Versand {2}; Beträge inkl. Steuern.</translation>
    </message>
    <message>
        <source>Products {0}, shipping {1}</source>
        <translation>Artikel {0}, Versand {1}</translation>
    </message>
    <message>
        <source>Refunded so far</source>
        <translation>Bisher erstattet</translation>
    </message>
    <message>
        <source>Shipping now</source>
        <translation>Versand jetzt</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
</context>
<context>
    <name>RefundRules</name>
    <message>
        <source>Choose a refund reason.</source>
        <translation>Wählen Sie einen Erstattungsgrund.</translation>
    </message>
    <message>
        <source>Line not shipped — line {line} is {state}: only shipped lines can be refunded.</source>
        <translation>Position nicht versandt – Position {line} ist {state}: Nur versandte Positionen können erstattet werden.</translation>
    </message>
    <message>
        <source>Line {line} is not part of order {order}.</source>
        <translation>Position {line} gehört nicht zur Bestellung {order}.</translation>
    </message>
    <message>
        <source>Line {line}: more units than are left to refund (chosen: {units}, left: {left}).</source>
        <translation>Position {line}: mehr Einheiten, als zum Erstatten übrig sind (gewählt: {units}, übrig: {left}).</translation>
    </message>
    <message>
        <source>Line {line}: refund amounts must be more than zero ({amount} is not).</source>
        <translation>Position {line}: Erstattungsbeträge müssen größer als null sein ({amount} ist es nicht).</translation>
    </message>
    <message>
        <source>Line {line}: the amount is in {currency}, the order in {order_currency}; a refund is paid in the order&apos;s currency.</source>
        <translation>Position {line}: Der Betrag ist in {currency}, die Bestellung in {order_currency}; eine Erstattung wird in der Währung der Bestellung gezahlt.</translation>
    </message>
    <message>
        <source>Line {line}: {amount} has more decimals than {currency} has ({digits}).</source>
        <translation>Position {line}: {amount} hat mehr Dezimalstellen, als {currency} hat ({digits}).</translation>
    </message>
    <message>
        <source>Not above what is left — line {line}: {amount} is more than the {left} left on its products (paid {paid}, refunded {refunded}).</source>
        <translation>Nicht mehr als übrig ist – Position {line}: {amount} ist mehr als die {left}, die auf ihren Artikeln übrig sind (bezahlt {paid}, erstattet {refunded}).</translation>
    </message>
    <message>
        <source>Not above what is left — line {line}: {amount} of shipping is more than the {left} of shipping left (paid {paid}, refunded {refunded}).</source>
        <translation>Nicht mehr als übrig ist – Position {line}: {amount} Versand ist mehr als die {left} Versand, die übrig sind (bezahlt {paid}, erstattet {refunded}).</translation>
    </message>
    <message>
        <source>Nothing to refund yet: choose an amount, units or shipping costs.</source>
        <translation>Noch nichts zu erstatten: Wählen Sie einen Betrag, Einheiten oder Versandkosten.</translation>
    </message>
    <message>
        <source>Order {order} is {state}: the marketplace refuses refunds on closed and canceled orders.</source>
        <translation>Bestellung {order} ist {state}: Der Marktplatz lehnt Erstattungen auf abgeschlossene und stornierte Bestellungen ab.</translation>
    </message>
    <message>
        <source>Reason {reason} is not a refund reason (the platform&apos;s type REFUND).</source>
        <translation>Grund {reason} ist kein Erstattungsgrund (Typ REFUND der Plattform).</translation>
    </message>
    <message>
        <source>Too late — line {line} was shipped on {shipped}, {days} days ago: market {market} allows refunds up to {window} days after shipment.</source>
        <translation>Zu spät – Position {line} wurde am {shipped} versandt, vor {days} Tagen: Markt {market} erlaubt Erstattungen bis {window} Tage nach dem Versand.</translation>
    </message>
</context>
<context>
    <name>RefundState</name>
    <message>
        <source>awaiting tax check</source>
        <translation>wartet auf Steuerprüfung</translation>
    </message>
    <message>
        <source>payment pending</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>refused, not counted</source>
        <translation>abgelehnt, nicht gezählt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>RemoveDataDialog</name>
    <message>
        <source>Checking the export file…</source>
        <translation>Exportdatei wird geprüft…</translation>
    </message>
    <message>
        <source>Choose export file…</source>
        <translation>Exportdatei wählen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export the outbox and team store to</source>
        <translation>Postausgang und Teamdatenbank exportieren nach</translation>
    </message>
    <message>
        <source>Export to: (not chosen)</source>
        <translation>Exportieren nach: (nicht gewählt)</translation>
    </message>
    <message>
        <source>Export to: {0}</source>
        <translation>Exportieren nach: {0}</translation>
    </message>
    <message>
        <source>Exported {0} to {1} ({2}).</source>
        <translation>{0} nach {1} exportiert ({2}).</translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation>Dateien: {0}</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Mir ist klar, dass sich das nicht rückgängig machen lässt</translation>
    </message>
    <message>
        <source>Kept {0}: {1}</source>
        <translation>Behalten: {0}: {1}</translation>
    </message>
    <message>
        <source>Looking at the local data…</source>
        <translation>Die lokalen Daten werden geprüft…</translation>
    </message>
    <message>
        <source>Nothing more was removed: {0}</source>
        <translation>Es wurde nichts weiter entfernt: {0}</translation>
    </message>
    <message>
        <source>Operator Desk closes now: it has no local data left to work with. Start it again to work with fresh data from the marketplaces.</source>
        <translation>Operator Desk wird jetzt geschlossen: Es sind keine lokalen Daten mehr da, mit denen er arbeiten kann. Starten Sie ihn neu, um mit frischen Daten von den Marktplätzen zu arbeiten.</translation>
    </message>
    <message>
        <source>Quit Operator Desk</source>
        <translation>Operator Desk beenden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove all local data</source>
        <translation>Alle lokalen Daten entfernen</translation>
    </message>
    <message>
        <source>Removed {0} ({1}).</source>
        <translation>{0} entfernt ({1}).</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Settings, logs and the keys in the system keyring stay.</source>
        <translation>Einstellungen, Protokolle und die Schlüssel im Schlüsselbund des Systems bleiben erhalten.</translation>
    </message>
    <message>
        <source>The desk has stopped working with its data for the removal: choose another export file and remove again, or quit and start the desk again.</source>
        <translation>Der Desk arbeitet für das Entfernen nicht mehr mit seinen Daten: Wählen Sie eine andere Exportdatei und entfernen Sie erneut, oder beenden Sie den Desk und starten Sie ihn neu.</translation>
    </message>
    <message>
        <source>The desk stops syncing and sending before the removal and closes when it is done.</source>
        <translation>Der Desk hört vor dem Entfernen auf zu synchronisieren und zu senden und wird danach geschlossen.</translation>
    </message>
    <message>
        <source>The embedded sandbox&apos;s demo marketplace stays: its data is generated and describes no real person. What the desk copied from it (cache, outbox, team store) is removed with the rest.</source>
        <translation>Der Demo-Marktplatz der eingebauten Sandbox bleibt: Seine Daten sind erzeugt und beschreiben keine echte Person. Was der Desk daraus übernommen hat (Zwischenspeicher, Postausgang, Teamdatenbank), wird mit dem Rest entfernt.</translation>
    </message>
    <message>
        <source>There is no local data to remove.</source>
        <translation>Es gibt keine lokalen Daten zu entfernen.</translation>
    </message>
    <message>
        <source>This removes from this computer:</source>
        <translation>Dies entfernt von diesem Computer:</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the cache</source>
        <translation>Zwischenspeicher</translation>
    </message>
    <message>
        <source>the outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>the team store</source>
        <translation>Teamdatenbank</translation>
    </message>
    <message numerus="yes">
        <source>• %n unsent reply draft(s), after exporting them to a file you choose</source>
        <translation>
            <numerusform>• %n nicht gesendeten Antwortentwurf, nach dem Export in eine Datei Ihrer Wahl</numerusform>
            <numerusform>• %n nicht gesendete Antwortentwürfe, nach dem Export in eine Datei Ihrer Wahl</numerusform>
        </translation>
    </message>
    <message>
        <source>• downloaded attachments ({0})</source>
        <translation>• heruntergeladene Anhänge ({0})</translation>
    </message>
    <message>
        <source>• the cache of marketplace data ({0}); it fills again from the marketplaces</source>
        <translation>• den Zwischenspeicher der Marktplatzdaten ({0}); er füllt sich wieder von den Marktplätzen</translation>
    </message>
    <message>
        <source>• the local team store (decisions, approvals, templates, audit log), after exporting it to a file you choose</source>
        <translation>• die lokale Teamdatenbank (Entscheidungen, Freigaben, Vorlagen, Prüfprotokoll), nach dem Export in eine Datei Ihrer Wahl</translation>
    </message>
    <message>
        <source>• the local team store, which holds nothing of yours yet</source>
        <translation>• die lokale Teamdatenbank, die noch nichts von Ihnen enthält</translation>
    </message>
    <message>
        <source>• the outbox (the actions this desk sent, and those still waiting, which will not be sent), after exporting it to a file you choose</source>
        <translation>• den Postausgang (die von diesem Desk gesendeten Aktionen und die noch wartenden, die dann nicht mehr gesendet werden), nach dem Export in eine Datei Ihrer Wahl</translation>
    </message>
    <message>
        <source>• the outbox, which holds no action</source>
        <translation>• den Postausgang, der keine Aktion enthält</translation>
    </message>
</context>
<context>
    <name>ReopenIncidentDialog</name>
    <message>
        <source>(date unknown)</source>
        <translation>(Datum unbekannt)</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund wählen…</translation>
    </message>
    <message>
        <source>Closed incident</source>
        <translation>Geschlossene Reklamation</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason for the new incident</source>
        <translation>Grund für die neue Reklamation</translation>
    </message>
    <message>
        <source>Reopen an incident</source>
        <translation>Reklamation wiedereröffnen</translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation>Reklamation wiedereröffnen</translation>
    </message>
    <message>
        <source>The marketplace cannot reopen a closed incident: a new incident is opened on the same line of order {0}. The seller and the customer see it; it counts in the seller&apos;s statistics and freezes the order&apos;s cycle. The closed incident keeps its history, and your reason is recorded for the team.</source>
        <translation>Der Marktplatz kann eine geschlossene Reklamation nicht wiedereröffnen: Zur selben Position der Bestellung {0} wird eine neue Reklamation eröffnet. Verkäufer und Kunde sehen sie; sie zählt in der Statistik des Verkäufers und hält den Bestellablauf an. Die geschlossene Reklamation behält ihren Verlauf, und Ihre Begründung wird für das Team festgehalten.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why it was closed too early (for the team record; required)</source>
        <translation>Warum sie zu früh geschlossen wurde (wird für das Team festgehalten; Pflichtfeld)</translation>
    </message>
    <message>
        <source>Why the incident is reopened</source>
        <translation>Begründung für das Wiedereröffnen</translation>
    </message>
    <message>
        <source>{0} · closed {1}</source>
        <translation>{0} · geschlossen {1}</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Neue Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Vor&amp;lage:</translation>
    </message>
    <message>
        <source>An attachment could not be read: {0}</source>
        <translation>Ein Anhang konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>An attachment is larger than 10 MB; nothing was sent.</source>
        <translation>Ein Anhang ist größer als 10 MB; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation>Angehängt: {0}</translation>
    </message>
    <message>
        <source>Attachments: {0}</source>
        <translation>Anhänge: {0}</translation>
    </message>
    <message>
        <source>Check who receives it, then send (Ctrl+Return)</source>
        <translation>Empfänger prüfen, dann senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Vorlage wählen…</translation>
    </message>
    <message>
        <source>Choose who receives the message.</source>
        <translation>Wählen Sie, wer die Nachricht erhält.</translation>
    </message>
    <message>
        <source>Customer ({0})</source>
        <translation>Kunde ({0})</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Entwurf wiederhergestellt</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Entwurf gespeichert</translation>
    </message>
    <message>
        <source>Give the new conversation a subject.</source>
        <translation>Geben Sie der neuen Unterhaltung einen Betreff.</translation>
    </message>
    <message>
        <source>Insert a template; the recipient&apos;s language is offered first</source>
        <translation>Eine Vorlage einfügen; die Sprache des Empfängers wird zuerst angeboten</translation>
    </message>
    <message>
        <source>Market {0} cannot be reached; the message was not sent. Your text is kept as a draft.</source>
        <translation>Markt {0} ist nicht erreichbar; die Nachricht wurde nicht gesendet. Ihr Text bleibt als Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Market {0} did not accept the message; nothing was sent. Your text is kept as a draft.</source>
        <translation>Markt {0} hat die Nachricht nicht angenommen; es wurde nichts gesendet. Ihr Text bleibt als Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Nachricht gesendet.</translation>
    </message>
    <message>
        <source>No templates</source>
        <translation>Keine Vorlagen</translation>
    </message>
    <message>
        <source>No templates (team store not open)</source>
        <translation>Keine Vorlagen (Teamdatenbank nicht geöffnet)</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Anhänge entfernen</translation>
    </message>
    <message>
        <source>Seller ({0})</source>
        <translation>Verkäufer ({0})</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send this message?</source>
        <translation>Diese Nachricht senden?</translation>
    </message>
    <message>
        <source>Send to the customer</source>
        <translation>An den Kunden senden</translation>
    </message>
    <message>
        <source>Send to the seller</source>
        <translation>An den Verkäufer senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Start a new conversation on this order (or with this seller) instead of replying here</source>
        <translation>Eine neue Unterhaltung zu dieser Bestellung (oder mit diesem Verkäufer) beginnen, statt hier zu antworten</translation>
    </message>
    <message>
        <source>Subject of the new conversation</source>
        <translation>Betreff der neuen Unterhaltung</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>The draft could not be saved: {0}</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>The marketplace said: {0}</source>
        <translation>Der Marktplatz meldete: {0}</translation>
    </message>
    <message>
        <source>The message could not be sent: {0}</source>
        <translation>Die Nachricht konnte nicht gesendet werden: {0}</translation>
    </message>
    <message>
        <source>The message waits in the outbox; it is sent when the marketplace can be reached.</source>
        <translation>Die Nachricht wartet im Postausgang; sie wird gesendet, sobald der Marktplatz erreichbar ist.</translation>
    </message>
    <message>
        <source>This message starts a new conversation “{0}” with:</source>
        <translation>Diese Nachricht beginnt eine neue Unterhaltung „{0}“ mit:</translation>
    </message>
    <message>
        <source>This message will be sent to:</source>
        <translation>Diese Nachricht wird gesendet an:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>Schreiben Sie zuerst eine Nachricht.</translation>
    </message>
    <message>
        <source>Write to the customer or the seller…</source>
        <translation>An den Kunden oder den Verkäufer schreiben…</translation>
    </message>
    <message>
        <source>Your operator team sees it too; nobody else does.</source>
        <translation>Ihr Betreiber-Team sieht sie auch; sonst niemand.</translation>
    </message>
    <message>
        <source>Your role on market {0} may not send messages.</source>
        <translation>Ihre Rolle auf Markt {0} darf keine Nachrichten senden.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Datenaufbewahrung</translation>
    </message>
    <message>
        <source>Never wipe it (not recommended)</source>
        <translation>Nie löschen (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Personal data then stays in the cache for as long as the desk is used.</source>
        <translation>Personenbezogene Daten bleiben dann so lange im Zwischenspeicher, wie der Desk genutzt wird.</translation>
    </message>
    <message>
        <source>Retention period in days</source>
        <translation>Aufbewahrungsfrist in Tagen</translation>
    </message>
    <message>
        <source>The cache keeps customers&apos; and sellers&apos; names, e-mail addresses, messages and tracking numbers. After the retention period they are wiped from it; ids, states, dates and amounts stay, and so do cases still open. The audit log is not affected: it holds ids, actions and amounts only.</source>
        <translation>Der Zwischenspeicher enthält Namen, E-Mail-Adressen, Nachrichten und Sendungsnummern von Kunden und Verkäufern. Nach Ablauf der Aufbewahrungsfrist werden sie daraus gelöscht; IDs, Status, Datumsangaben und Beträge bleiben, ebenso noch offene Fälle. Das Prüfprotokoll ist nicht betroffen: Es enthält nur IDs, Aktionen und Beträge.</translation>
    </message>
    <message>
        <source>The period applies now and whenever the desk starts.</source>
        <translation>Die Frist gilt ab sofort und bei jedem Start des Desks.</translation>
    </message>
    <message>
        <source>Wipe cached personal data after</source>
        <translation>Personenbezogene Daten im Zwischenspeicher löschen nach</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>This key does not belong to an operator user, so it may not {0}.</source>
        <translation>Dieser Schlüssel gehört keinem Benutzer des Betreibers und darf daher nicht: {0}.</translation>
    </message>
    <message>
        <source>Your role ({0}) may not {1}; this takes the role: {2}.</source>
        <translation>Ihre Rolle ({0}) darf nicht: {1}; dafür braucht es die Rolle: {2}.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Ihre Rolle darf das nicht.</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>apply sanctions</source>
        <translation>Sanktionen anwenden</translation>
    </message>
    <message>
        <source>approve refunds</source>
        <translation>Erstattungen freigeben</translation>
    </message>
    <message>
        <source>approve sanctions</source>
        <translation>Sanktionen freigeben</translation>
    </message>
    <message>
        <source>change a shop&apos;s state</source>
        <translation>den Status eines Shops ändern</translation>
    </message>
    <message>
        <source>close incidents</source>
        <translation>Reklamationen schließen</translation>
    </message>
    <message>
        <source>edit reply templates</source>
        <translation>Antwortvorlagen bearbeiten</translation>
    </message>
    <message>
        <source>edit rule settings</source>
        <translation>Regeleinstellungen ändern</translation>
    </message>
    <message>
        <source>keep incidents open</source>
        <translation>Reklamationen offen lassen</translation>
    </message>
    <message>
        <source>open incidents</source>
        <translation>Reklamationen eröffnen</translation>
    </message>
    <message>
        <source>propose sanctions</source>
        <translation>Sanktionen vorschlagen</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>erstatten</translation>
    </message>
    <message>
        <source>reply to messages</source>
        <translation>auf Nachrichten antworten</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>view cases</source>
        <translation>Fälle ansehen</translation>
    </message>
</context>
<context>
    <name>Sanction</name>
    <message>
        <source>Approved, not applied</source>
        <translation>Freigegeben, nicht angewendet</translation>
    </message>
    <message>
        <source>Breach: {0}</source>
        <translation>Verstoß: {0}</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In Kraft</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>Gekündigt, Frist läuft</translation>
    </message>
    <message>
        <source>Restriction of selling rights</source>
        <translation>Einschränkung der Verkaufsrechte</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Temporary suspension</source>
        <translation>Vorübergehende Sperrung</translation>
    </message>
    <message>
        <source>Termination (30 days&apos; notice)</source>
        <translation>Kündigung (30 Tage Frist)</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Verwarnung</translation>
    </message>
    <message>
        <source>appeal open</source>
        <translation>Widerspruch offen</translation>
    </message>
    <message>
        <source>appeal rejected</source>
        <translation>Widerspruch abgelehnt</translation>
    </message>
    <message>
        <source>appeal upheld</source>
        <translation>Widerspruch stattgegeben</translation>
    </message>
    <message>
        <source>refused by the marketplace</source>
        <translation>vom Marktplatz abgelehnt</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf Versand</translation>
    </message>
    <message>
        <source>{0} ({1} days)</source>
        <translation>{0} ({1} Tage)</translation>
    </message>
</context>
<context>
    <name>SanctionTableModel</name>
    <message>
        <source>Appeals</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>In business hours of the market, over {0} answered questions</source>
        <translation>In Geschäftszeiten des Marktes, über {0} beantwortete Fragen</translation>
    </message>
    <message>
        <source>The platform reports an average in calendar hours.</source>
        <translation>Die Plattform meldet einen Durchschnitt in Kalenderstunden.</translation>
    </message>
    <message>
        <source>also in: {0}</source>
        <translation>auch in: {0}</translation>
    </message>
    <message>
        <source>{0} (average)</source>
        <translation>{0} (Durchschnitt)</translation>
    </message>
    <message>
        <source>{0} late of {1} questions answered or overdue</source>
        <translation>{0} verspätet von {1} beantworteten oder überfälligen Fragen</translation>
    </message>
    <message>
        <source>{0} of {1} accepted order lines had an incident</source>
        <translation>{0} von {1} angenommenen Bestellpositionen hatten eine Reklamation</translation>
    </message>
    <message>
        <source>{0} of {1} accepted order lines were refunded</source>
        <translation>{0} von {1} angenommenen Bestellpositionen wurden erstattet</translation>
    </message>
    <message>
        <source>{0} of {1} incidents marked solved by the seller did not stay solved</source>
        <translation>{0} von {1} vom Verkäufer als gelöst markierten Reklamationen blieben nicht gelöst</translation>
    </message>
    <message>
        <source>{0} · shop {1} · {2} · last {3} days</source>
        <translation>{0} · Shop {1} · {2} · letzte {3} Tage</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <source>Across markets (shops of the same name)</source>
        <translation>Marktübergreifend (Shops gleichen Namens)</translation>
    </message>
    <message>
        <source>Apply on the marketplace</source>
        <translation>Auf dem Marktplatz anwenden</translation>
    </message>
    <message>
        <source>Approve or decline…</source>
        <translation>Freigeben oder ablehnen…</translation>
    </message>
    <message>
        <source>Decide appeal…</source>
        <translation>Über Widerspruch entscheiden…</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Propose sanction…</source>
        <translation>Sanktion vorschlagen…</translation>
    </message>
    <message>
        <source>Record appeal…</source>
        <translation>Widerspruch erfassen…</translation>
    </message>
    <message>
        <source>Resend statement</source>
        <translation>Begründung erneut senden</translation>
    </message>
    <message>
        <source>Sanction history</source>
        <translation>Sanktionsverlauf</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sanktionen</translation>
    </message>
    <message>
        <source>Select a seller to see the scorecard.</source>
        <translation>Wählen Sie einen Verkäufer, um die Scorecard zu sehen.</translation>
    </message>
    <message>
        <source>Seller KPIs</source>
        <translation>Verkäufer-KPIs</translation>
    </message>
    <message>
        <source>Terminate now</source>
        <translation>Jetzt kündigen</translation>
    </message>
    <message>
        <source>The team store cannot be reached: the sanction history and sanction actions wait until it is back.</source>
        <translation>Die Teamdatenbank ist nicht erreichbar: Sanktionsverlauf und Sanktionsaktionen warten, bis sie wieder da ist.</translation>
    </message>
</context>
<context>
    <name>SellersModel</name>
    <message>
        <source>Evaluations</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SellersPage</name>
    <message numerus="yes">
        <source>%n sanction(s) due:</source>
        <translation>
            <numerusform>%n Sanktion fällig:</numerusform>
            <numerusform>%n Sanktionen fällig:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sanction(s) ended on their date.</source>
        <translation>
            <numerusform>%n Sanktion an ihrem Datum beendet.</numerusform>
            <numerusform>%n Sanktionen an ihrem Datum beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s)</source>
        <translation>
            <numerusform>%n Verkäufer</numerusform>
            <numerusform>%n Verkäufer</numerusform>
        </translation>
    </message>
    <message>
        <source>A colleague decided this sanction first.</source>
        <translation>Über diese Sanktion hat jemand aus dem Team zuerst entschieden.</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Alle Märkte</translation>
    </message>
    <message>
        <source>Appeal decided; the seller is told the outcome.</source>
        <translation>Über den Widerspruch ist entschieden; der Verkäufer erfährt das Ergebnis.</translation>
    </message>
    <message>
        <source>Appeal recorded.</source>
        <translation>Widerspruch erfasst.</translation>
    </message>
    <message>
        <source>Apply “{0}” to {1} on market {2}? The statement of reasons is sent to the seller.</source>
        <translation>„{0}“ auf {1} auf Markt {2} anwenden? Die Begründung wird an den Verkäufer gesendet.</translation>
    </message>
    <message>
        <source>Asking market {0} for its figures…</source>
        <translation>Markt {0} wird nach seinen Zahlen gefragt…</translation>
    </message>
    <message>
        <source>Compute every seller&apos;s figures again from the local cache</source>
        <translation>Die Zahlen aller Verkäufer neu aus dem lokalen Zwischenspeicher berechnen</translation>
    </message>
    <message>
        <source>Computing figures…</source>
        <translation>Zahlen werden berechnet…</translation>
    </message>
    <message numerus="yes">
        <source>Figures of %n seller(s) computed.</source>
        <translation>
            <numerusform>Zahlen von %n Verkäufer berechnet.</numerusform>
            <numerusform>Zahlen von %n Verkäufern berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ladder and thresholds saved for market {0}.</source>
        <translation>Stufen und Schwellenwerte für Markt {0} gespeichert.</translation>
    </message>
    <message>
        <source>Ladder and thresholds…</source>
        <translation>Stufen und Schwellenwerte…</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Letzter %n Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Lift {0} {1} (ended {2})</source>
        <translation>{0} {1} aufheben (endete {2})</translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation>Filter: Markt</translation>
    </message>
    <message>
        <source>Market {0} did not give its own figures; the desk&apos;s are shown.</source>
        <translation>Markt {0} hat keine eigenen Zahlen geliefert; die des Desks werden angezeigt.</translation>
    </message>
    <message>
        <source>Market {0} does not publish seller statistics.</source>
        <translation>Markt {0} veröffentlicht keine Verkäuferstatistiken.</translation>
    </message>
    <message>
        <source>Market {0} is offline: the platform&apos;s own figures are not shown.</source>
        <translation>Markt {0} ist offline: Die eigenen Zahlen der Plattform werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Only at or past a threshold</source>
        <translation>Nur an oder über einer Schwelle</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Pick a market (or a seller) first.</source>
        <translation>Wählen Sie zuerst einen Markt (oder einen Verkäufer).</translation>
    </message>
    <message>
        <source>Platform: the marketplace&apos;s own figures (S20/S21) for the same span.</source>
        <translation>Plattform: die eigenen Zahlen des Marktplatzes (S20/S21) für denselben Zeitraum.</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanktion</translation>
    </message>
    <message>
        <source>Sanction applied on market {0}; the seller has the statement.</source>
        <translation>Sanktion auf Markt {0} angewendet; der Verkäufer hat die Begründung.</translation>
    </message>
    <message>
        <source>Sanction approved.</source>
        <translation>Sanktion freigegeben.</translation>
    </message>
    <message>
        <source>Sanction declined.</source>
        <translation>Sanktion abgelehnt.</translation>
    </message>
    <message>
        <source>Sanction lifted on market {0}.</source>
        <translation>Sanktion auf Markt {0} aufgehoben.</translation>
    </message>
    <message>
        <source>Sanction proposed; it waits for a supervisor&apos;s approval.</source>
        <translation>Sanktion vorgeschlagen; sie wartet auf die Freigabe eines Supervisors.</translation>
    </message>
    <message>
        <source>Search seller name or shop id</source>
        <translation>Verkäufername oder Shop-ID suchen</translation>
    </message>
    <message>
        <source>Search sellers</source>
        <translation>Verkäufer suchen</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Shop terminated on market {0}.</source>
        <translation>Shop auf Markt {0} gekündigt.</translation>
    </message>
    <message>
        <source>Something went wrong while {0}: {1}</source>
        <translation>Beim {0} ist etwas schiefgegangen: {1}</translation>
    </message>
    <message>
        <source>Statement of reasons sent again on market {0}.</source>
        <translation>Begründung auf Markt {0} erneut gesendet.</translation>
    </message>
    <message>
        <source>Terminate shop {0} on market {1} now? The notice period has run.</source>
        <translation>Shop {0} auf Markt {1} jetzt kündigen? Die Kündigungsfrist ist abgelaufen.</translation>
    </message>
    <message>
        <source>Terminate {0} {1} (notice ran {2})</source>
        <translation>{0} {1} kündigen (Frist abgelaufen {2})</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached: the sanction waits in the outbox and is recorded when it has been sent.</source>
        <translation>Der Marktplatz ist nicht erreichbar: Die Sanktion wartet im Postausgang und wird erfasst, sobald sie gesendet wurde.</translation>
    </message>
    <message>
        <source>The statement of reasons could not be sent: resend it.</source>
        <translation>Die Begründung konnte nicht gesendet werden: Senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>computing the figures</source>
        <translation>Berechnen der Zahlen</translation>
    </message>
    <message>
        <source>reading the scorecard</source>
        <translation>Lesen der Scorecard</translation>
    </message>
    <message>
        <source>reading the sellers</source>
        <translation>Lesen der Verkäufer</translation>
    </message>
</context>
<context>
    <name>ShopState</name>
    <message>
        <source>Closed (window)</source>
        <translation>Geschlossen (Zeitfenster)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Gekündigt</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>TeamBanner</name>
    <message>
        <source>Still works: reading cases and conversations, preparing replies and refunds. Waits until the server is back: approvals, claims, shared notes and settings. The desk keeps trying.</source>
        <translation>Funktioniert weiter: Fälle und Unterhaltungen lesen, Antworten und Erstattungen vorbereiten. Wartet, bis der Server wieder da ist: Freigaben, Übernahmen, gemeinsame Notizen und Einstellungen. Der Desk versucht es weiter.</translation>
    </message>
    <message>
        <source>The team server cannot be reached.</source>
        <translation>Der Teamserver ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>This desk is older than the team store.</source>
        <translation>Dieser Desk ist älter als die Teamdatenbank.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>You can read decisions, approvals and notes; changes are refused until this desk is updated.</source>
        <translation>Sie können Entscheidungen, Freigaben und Notizen lesen; Änderungen werden abgelehnt, bis dieser Desk aktualisiert ist.</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>TeamRulesDialog</name>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Not saved: {0}. Your values are still here; try again when the team store is reachable.</source>
        <translation>Nicht gespeichert: {0}. Ihre Werte sind noch da; versuchen Sie es erneut, wenn die Teamdatenbank erreichbar ist.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Reading the team&apos;s rules…</source>
        <translation>Regeln des Teams werden gelesen…</translation>
    </message>
    <message>
        <source>Saved for {0}; refunds use the new rules from now on.</source>
        <translation>Für {0} gespeichert; Erstattungen folgen ab jetzt den neuen Regeln.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Shown read-only: only a supervisor changes the team&apos;s rules.</source>
        <translation>Nur zur Ansicht: Die Regeln des Teams ändert nur ein Supervisor.</translation>
    </message>
    <message>
        <source>Team rules: refunds</source>
        <translation>Teamregeln: Erstattungen</translation>
    </message>
    <message>
        <source>The team store is read-only: {0}</source>
        <translation>Die Teamdatenbank ist schreibgeschützt: {0}</translation>
    </message>
    <message>
        <source>The team&apos;s rules could not be read: {0}. Try again when the team store is reachable.</source>
        <translation>Die Regeln des Teams konnten nicht gelesen werden: {0}. Versuchen Sie es erneut, wenn die Teamdatenbank erreichbar ist.</translation>
    </message>
    <message>
        <source>{0} not saved: {1} saved these rules meanwhile. Their values are shown where you changed nothing; yours are kept. Check them and save again.</source>
        <translation>{0} nicht gespeichert: {1} hat diese Regeln inzwischen gespeichert. Wo Sie nichts geändert haben, werden die Werte dieser Person angezeigt; Ihre bleiben erhalten. Prüfen Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>{0} not saved: {1}. Your values are still here.</source>
        <translation>{0} nicht gespeichert: {1}. Ihre Werte sind noch da.</translation>
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
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Enter the team server&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse des Teamservers ein.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <source>Team server (shared with colleagues)</source>
        <translation>Teamserver (mit Kolleginnen und Kollegen geteilt)</translation>
    </message>
    <message>
        <source>Team settings</source>
        <translation>Team-Einstellungen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>The test failed: {0}</source>
        <translation>Der Test ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Work alone (decisions and audit stay on this computer)</source>
        <translation>Allein arbeiten (Entscheidungen und Prüfprotokoll bleiben auf diesem Computer)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>im Schlüsselbund des Systems abgelegt</translation>
    </message>
</context>
<context>
    <name>TemplateAudience</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
</context>
<context>
    <name>TemplatePlaceholder</name>
    <message>
        <source>the customer&apos;s name</source>
        <translation>der Name des Kunden</translation>
    </message>
    <message>
        <source>the market&apos;s response time in hours</source>
        <translation>die Antwortzeit des Marktes in Stunden</translation>
    </message>
    <message>
        <source>the order number</source>
        <translation>die Bestellnummer</translation>
    </message>
    <message>
        <source>the order&apos;s date</source>
        <translation>das Bestelldatum</translation>
    </message>
    <message>
        <source>the order&apos;s total (in the refund dialog: the refund)</source>
        <translation>der Gesamtbetrag der Bestellung (im Erstattungsdialog: die Erstattung)</translation>
    </message>
    <message>
        <source>the refund&apos;s amount, in the order&apos;s currency</source>
        <translation>der Betrag der Erstattung, in der Währung der Bestellung</translation>
    </message>
    <message>
        <source>the seller&apos;s shop name</source>
        <translation>der Shopname des Verkäufers</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>das heutige Datum</translation>
    </message>
    <message>
        <source>when the seller&apos;s answer is due</source>
        <translation>wann die Antwort des Verkäufers fällig ist</translation>
    </message>
</context>
<context>
    <name>TemplateTopic</name>
    <message>
        <source>Communication policy</source>
        <translation>Kommunikationsrichtlinie</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Treuepunkte</translation>
    </message>
    <message>
        <source>Reaching us</source>
        <translation>So erreichen Sie uns</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sanktionen</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version {0} · {1} · {2}</source>
        <translation>Version {0} · {1} · {2}</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} von {1}</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n Vorlage</numerusform>
            <numerusform>%n Vorlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Created; every desk of the team offers it now.</source>
        <translation>Angelegt; jeder Desk des Teams bietet sie jetzt an.</translation>
    </message>
    <message>
        <source>Customers and sellers</source>
        <translation>Kunden und Verkäufer</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Frühere Versionen</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Insert {0}</source>
        <translation>{0} einfügen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Neue Vorlage…</translation>
    </message>
    <message>
        <source>No template chosen</source>
        <translation>Keine Vorlage gewählt</translation>
    </message>
    <message>
        <source>Not filled in by the desk, stays as written: {0}</source>
        <translation>Wird vom Desk nicht ausgefüllt und bleibt so stehen: {0}</translation>
    </message>
    <message>
        <source>Not saved: {0} saved version {1} meanwhile. What you typed is still here; copy it, discard yours to see theirs, and apply your change to it.</source>
        <translation>Nicht gespeichert: {0} hat inzwischen Version {1} gespeichert. Ihr Text ist noch hier; kopieren Sie ihn, verwerfen Sie Ihre Fassung, um die andere zu sehen, und übertragen Sie Ihre Änderung darauf.</translation>
    </message>
    <message>
        <source>Not saved: {0}. What you typed is still here.</source>
        <translation>Nicht gespeichert: {0}. Ihr Text ist noch hier.</translation>
    </message>
    <message>
        <source>Placeholders the desk fills in (click to insert):</source>
        <translation>Platzhalter, die der Desk ausfüllt (zum Einfügen anklicken):</translation>
    </message>
    <message>
        <source>Put this version in the editor</source>
        <translation>Diese Version in den Editor übernehmen</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Als neue Version speichern</translation>
    </message>
    <message>
        <source>Saved as version {0}; every desk of the team uses it now.</source>
        <translation>Als Version {0} gespeichert; jeder Desk des Teams verwendet sie jetzt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Vorlagen durchsuchen</translation>
    </message>
    <message>
        <source>Search titles and texts</source>
        <translation>Titel und Texte durchsuchen</translation>
    </message>
    <message>
        <source>Template “{0}” saved.</source>
        <translation>Vorlage „{0}“ gespeichert.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The team store cannot be reached: the templates are kept there. They show again when it is back.</source>
        <translation>Die Teamdatenbank ist nicht erreichbar: Dort liegen die Vorlagen. Sie erscheinen wieder, sobald sie wieder da ist.</translation>
    </message>
    <message>
        <source>The templates cannot be read now: {0}</source>
        <translation>Die Vorlagen können gerade nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Version {0} is in the editor; save to make it the current text.</source>
        <translation>Version {0} ist im Editor; speichern Sie, um sie zum aktuellen Text zu machen.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>You can read and search the templates; editing them takes a reviewer&apos;s or supervisor&apos;s role.</source>
        <translation>Sie können die Vorlagen lesen und durchsuchen; zum Bearbeiten braucht es die Rolle Prüfer oder Supervisor.</translation>
    </message>
    <message>
        <source>{0} saved version {1} meanwhile; your changes are not saved. Discard yours to see theirs.</source>
        <translation>{0} hat inzwischen Version {1} gespeichert; Ihre Änderungen sind nicht gespeichert. Verwerfen Sie Ihre, um die andere zu sehen.</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · for: {3} · version {4}</source>
        <translation>{0} · {1} · {2} · für: {3} · Version {4}</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Policy flags</source>
        <translation>Richtlinien-Hinweise</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Antwort fällig</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered {0}.</source>
        <translation>Beantwortet {0}.</translation>
    </message>
    <message>
        <source>Due {0}.</source>
        <translation>Fällig {0}.</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>Reklamation geschlossen</translation>
    </message>
    <message>
        <source>Incident opened</source>
        <translation>Reklamation eröffnet</translation>
    </message>
    <message>
        <source>Late by {0}.</source>
        <translation>{0} zu spät.</translation>
    </message>
    <message>
        <source>No message of this conversation is cached.</source>
        <translation>Von dieser Unterhaltung ist keine Nachricht zwischengespeichert.</translation>
    </message>
    <message>
        <source>No response deadlines: {0}</source>
        <translation>Keine Antwortfristen: {0}</translation>
    </message>
    <message>
        <source>Non-answer: once greetings and courtesy are taken away, this message says nothing.</source>
        <translation>Nichtantwort: Ohne Grüße und Höflichkeitsfloskeln sagt diese Nachricht nichts.</translation>
    </message>
    <message>
        <source>Not counted: {0} (public holiday: {1}).</source>
        <translation>Nicht gezählt: {0} (Feiertag: {1}).</translation>
    </message>
    <message>
        <source>Not counted: {0} (weekend).</source>
        <translation>Nicht gezählt: {0} (Wochenende).</translation>
    </message>
    <message>
        <source>Older messages of this conversation are not in the local cache yet.</source>
        <translation>Ältere Nachrichten dieser Unterhaltung sind noch nicht im lokalen Zwischenspeicher.</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Bestellung aufgegeben</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Beteiligte:</translation>
    </message>
    <message>
        <source>Policy evidence: {0}</source>
        <translation>Richtlinien-Nachweis: {0}</translation>
    </message>
    <message>
        <source>Received {0}.</source>
        <translation>Eingegangen {0}.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Rule: {0} hours, counted around the clock.</source>
        <translation>Regel: {0} Stunden, rund um die Uhr gezählt.</translation>
    </message>
    <message>
        <source>Rule: {0} working hours (Monday to Friday, public holidays of the market not counted).</source>
        <translation>Regel: {0} Arbeitsstunden (Montag bis Freitag, Feiertage des Marktes nicht gezählt).</translation>
    </message>
    <message>
        <source>Seller marked the incident as solved</source>
        <translation>Verkäufer hat die Reklamation als gelöst markiert</translation>
    </message>
    <message>
        <source>Seller’s answer due {0}</source>
        <translation>Antwort des Verkäufers fällig {0}</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>The clocks changed in between; the deadline is counted in real hours.</source>
        <translation>Dazwischen wurde die Uhr umgestellt; die Frist wird in echten Stunden gezählt.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>answered {0}</source>
        <translation>beantwortet {0}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>late by {0}</source>
        <translation>{0} zu spät</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <source>operator only</source>
        <translation>nur Betreiber</translation>
    </message>
    <message>
        <source>overdue by {0}</source>
        <translation>{0} überfällig</translation>
    </message>
    <message>
        <source>seen by</source>
        <translation>gesehen von</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>{0} T. {1} Std.</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} Std. {1} Min.</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} Stunden</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>{0} working hours</source>
        <translation>{0} Arbeitsstunden</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Select a KPI to see its trend.</source>
        <translation>Wählen Sie eine KPI, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Warnschwelle</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>Grenzwert</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: nothing is sent</source>
        <translation>Rückgängig: Es wird nichts gesendet</translation>
    </message>
    <message>
        <source>{0} in {1} s.</source>
        <translation>{0} in {1} s.</translation>
    </message>
</context>
<context>
    <name>_MessageBox</name>
    <message>
        <source>Message (sent in the order&apos;s conversation)</source>
        <translation>Nachricht (wird in der Unterhaltung der Bestellung gesendet)</translation>
    </message>
    <message>
        <source>Message: {0}</source>
        <translation>Nachricht: {0}</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>Template for: {0}</source>
        <translation>Vorlage für: {0}</translation>
    </message>
</context>
</TS>
