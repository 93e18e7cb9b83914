<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppealDecisionDialog</name>
    <message>
        <source>Decide the appeal</source>
        <translation>Over het bezwaar beslissen</translation>
    </message>
    <message>
        <source>Rejected: the sanction stands</source>
        <translation>Afgewezen: de sanctie blijft</translation>
    </message>
    <message>
        <source>The outcome, as the seller will read it</source>
        <translation>De uitkomst, zoals de verkoper die leest</translation>
    </message>
    <message>
        <source>The seller&apos;s grounds:</source>
        <translation>Gronden van de verkoper:</translation>
    </message>
    <message>
        <source>Upheld: revoke the sanction and undo it on the marketplace</source>
        <translation>Toegekend: sanctie intrekken en op de marktplaats terugdraaien</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Grounds:</source>
        <translation>Gronden:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Ontvangen:</translation>
    </message>
    <message>
        <source>Record an appeal against: {0}</source>
        <translation>Bezwaar vastleggen tegen: {0}</translation>
    </message>
    <message>
        <source>The seller&apos;s grounds, as received</source>
        <translation>Gronden van de verkoper, zoals ontvangen</translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation>Goedgekeurd, nog niet verzonden</translation>
    </message>
    <message>
        <source>Approved, the platform refused</source>
        <translation>Goedgekeurd, door het platform geweigerd</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Zaak</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Aangevraagd door</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanctie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wacht op jou</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>A colleague decided first: {0}.</source>
        <translation>Een collega heeft al eerder beslist: {0}.</translation>
    </message>
    <message>
        <source>A refund was made on these lines since the request: what is left is not what the requester saw. Decline it with a comment; the requester can ask again.</source>
        <translation>Sinds de aanvraag is er op deze regels terugbetaald: wat er over is, is niet wat de aanvrager zag. Wijs af met een opmerking; de aanvrager kan het opnieuw vragen.</translation>
    </message>
    <message>
        <source>A refund was made on these lines since the request; decline it with a comment so the requester can ask again.</source>
        <translation>Sinds de aanvraag is er op deze regels terugbetaald; wijs af met een opmerking, zodat de aanvrager het opnieuw kan vragen.</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Goedkeuringsaanvragen</translation>
    </message>
    <message>
        <source>Approve and refund</source>
        <translation>Goedkeuren en terugbetalen</translation>
    </message>
    <message>
        <source>Approved and refunded {0}.</source>
        <translation>Goedgekeurd en {0} terugbetaald.</translation>
    </message>
    <message>
        <source>Approved by {0}.</source>
        <translation>Goedgekeurd door {0}.</translation>
    </message>
    <message>
        <source>Approved. The refund of {0} is queued and goes out when the marketplace is reachable.</source>
        <translation>Goedgekeurd. De terugbetaling van {0} staat in de wachtrij en gaat eruit zodra de marktplaats bereikbaar is.</translation>
    </message>
    <message>
        <source>Comment for the requester</source>
        <translation>Opmerking voor de aanvrager</translation>
    </message>
    <message>
        <source>Comment for the requester (needed to decline)</source>
        <translation>Opmerking voor de aanvrager (nodig om af te wijzen)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Declined; {0} is told why.</source>
        <translation>Afgewezen; {0} krijgt de reden te horen.</translation>
    </message>
    <message>
        <source>Incident {0}: {1}</source>
        <translation>Incident {0}: {1}</translation>
    </message>
    <message>
        <source>It cannot be carried out as asked now:</source>
        <translation>Zoals gevraagd kan het nu niet worden uitgevoerd:</translation>
    </message>
    <message>
        <source>Line {0} · {1}: paid {2}, refunded {3}, left {4}; {5}</source>
        <translation>Regel {0} · {1}: betaald {2}, terugbetaald {3}, over {4}; {5}</translation>
    </message>
    <message>
        <source>Not approved: the order changed since the request.</source>
        <translation>Niet goedgekeurd: de bestelling is sinds de aanvraag gewijzigd.</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>Er wacht niets op jouw goedkeuring.</translation>
    </message>
    <message>
        <source>Only supervisors approve refunds; your role here may not. Your own requests&apos; answers arrive as notifications.</source>
        <translation>Alleen supervisors keuren terugbetalingen goed; jouw rol hier mag dat niet. Antwoorden op je eigen aanvragen komen binnen als meldingen.</translation>
    </message>
    <message>
        <source>Order {0} · {1} · customer {2} · {3}</source>
        <translation>Bestelling {0} · {1} · klant {2} · {3}</translation>
    </message>
    <message>
        <source>Personal message to the customer ({0}):</source>
        <translation>Persoonlijk bericht aan de klant ({0}):</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Nu verzenden</translation>
    </message>
    <message>
        <source>The approvals cannot be read now: {0}</source>
        <translation>De goedkeuringen kunnen nu niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>De zaak</translation>
    </message>
    <message>
        <source>The case cannot be shown: {0}</source>
        <translation>De zaak kan niet worden getoond: {0}</translation>
    </message>
    <message>
        <source>The decision failed unexpectedly: {0}</source>
        <translation>De beslissing is onverwacht mislukt: {0}</translation>
    </message>
    <message>
        <source>The order is not in this desk&apos;s cache; sync first.</source>
        <translation>De bestelling staat niet in de cache van deze desk; synchroniseer eerst.</translation>
    </message>
    <message>
        <source>The refund of {0} had already reached the marketplace; it is recorded as sent and was not sent again.</source>
        <translation>De terugbetaling van {0} was al bij de marktplaats aangekomen; ze staat als verzonden geregistreerd en is niet opnieuw verzonden.</translation>
    </message>
    <message>
        <source>The requester&apos;s personal message was not sent ({0}).</source>
        <translation>Het persoonlijke bericht van de aanvrager is niet verzonden ({0}).</translation>
    </message>
    <message>
        <source>The team store cannot be reached: approvals wait until it is back.</source>
        <translation>De teamdatabase is niet bereikbaar: goedkeuringen wachten tot ze terug is.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>asked now {0} + shipping {1}</source>
        <translation>nu gevraagd {0} + verzending {1}</translation>
    </message>
    <message>
        <source>not part of this request</source>
        <translation>geen deel van deze aanvraag</translation>
    </message>
    <message>
        <source>{0} asks to approve a sanction ({1}) for shop {2} on {3}: {4}

Sanctions are decided on the sanctions page.</source>
        <translation>{0} vraagt goedkeuring voor een sanctie ({1}) voor winkel {2} op {3}: {4}

Over sancties wordt beslist op de pagina met sancties.</translation>
    </message>
    <message>
        <source>{0} asks to refund {1} ({2}), {3}.</source>
        <translation>{0} vraagt {1} terug te betalen ({2}), {3}.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Fetching {0}…</source>
        <translation>{0} wordt opgehaald…</translation>
    </message>
    <message>
        <source>Image {0}</source>
        <translation>Afbeelding {0}</translation>
    </message>
    <message>
        <source>Its content is a program.</source>
        <translation>De inhoud is een programma.</translation>
    </message>
    <message>
        <source>Its name ends like a program. Do not run it.</source>
        <translation>De naam eindigt als die van een programma. Niet uitvoeren.</translation>
    </message>
    <message>
        <source>Its name or declared type does not match its content ({0}).</source>
        <translation>Naam of opgegeven type past niet bij de inhoud ({0}).</translation>
    </message>
    <message>
        <source>Its name was cleaned: the original had characters that are unsafe in a file name.</source>
        <translation>De naam is opgeschoond: het origineel bevatte tekens die in een bestandsnaam onveilig zijn.</translation>
    </message>
    <message>
        <source>Market {0} cannot be reached; the attachment is not in the local store yet.</source>
        <translation>Markt {0} is niet bereikbaar; de bijlage staat nog niet in de lokale opslag.</translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation>Pagina {0}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Save a copy where you choose. The desk never opens or runs the file.</source>
        <translation>Sla een kopie op waar je wilt. De desk opent of start het bestand nooit.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>Bijlage opslaan als</translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation>Tekst van het document</translation>
    </message>
    <message>
        <source>The attachment could not be fetched from market {0}.</source>
        <translation>De bijlage kon niet van markt {0} worden opgehaald.</translation>
    </message>
    <message>
        <source>The attachment could not be opened: {0}</source>
        <translation>De bijlage kon niet worden geopend: {0}</translation>
    </message>
    <message>
        <source>The attachment is larger than the desk accepts and was not fetched.</source>
        <translation>De bijlage is groter dan de desk accepteert en is niet opgehaald.</translation>
    </message>
    <message>
        <source>The desk shows images and PDFs only. This file can be saved on request; it is never opened or run by the desk.</source>
        <translation>De desk toont alleen afbeeldingen en pdf&apos;s. Dit bestand kun je op verzoek opslaan; de desk opent of start het nooit.</translation>
    </message>
    <message>
        <source>The first {0} of {1} pages are shown; save the file to read the rest.</source>
        <translation>De eerste {0} van {1} pagina&apos;s worden getoond; sla het bestand op om de rest te lezen.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: {0}</source>
        <translation>Deze pdf kan niet worden getoond: {0}</translation>
    </message>
    <message>
        <source>This image cannot be shown; save it to look at it with another program.</source>
        <translation>Deze afbeelding kan niet worden getoond; sla haar op om haar met een ander programma te bekijken.</translation>
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
        <translation>Actie</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read the audit log: {0}</source>
        <translation>Het auditlogboek kan niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>Cannot verify: {0}</source>
        <translation>Controleren niet mogelijk: {0}</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand weggeschreven.</translation>
    </message>
    <message>
        <source>Export failed: {0}; nothing was written.</source>
        <translation>Exporteren mislukt: {0}; er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Auditlogboek exporteren</translation>
    </message>
    <message>
        <source>Exported {0} entries.</source>
        <translation>{0} regels geëxporteerd.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry {0}: {1}</source>
        <translation>De auditketen is verbroken bij regel {0}: {1}</translation>
    </message>
    <message>
        <source>The audit chain is whole: {0} entries.</source>
        <translation>De auditketen is intact: {0} regels.</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot datum</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Keten controleren</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>action, e.g. refund</source>
        <translation>actie, bijv. refund</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>{0} of {1} entries written…</source>
        <translation>{0} van {1} regels weggeschreven…</translation>
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
        <translation>Actie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Voor → na</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Platform response</source>
        <translation>Antwoord van het platform</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
</context>
<context>
    <name>BulkCloseDialog</name>
    <message numerus="yes">
        <source>%n of these need a reason (the seller has not marked them solved).</source>
        <translation>
            <numerusform>%n daarvan heeft een reden nodig (de verkoper heeft het niet als opgelost gemarkeerd).</numerusform>
            <numerusform>%n daarvan hebben een reden nodig (de verkoper heeft ze niet als opgelost gemarkeerd).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message numerus="yes">
        <source>Close %n incident(s)</source>
        <translation>
            <numerusform>%n incident sluiten</numerusform>
            <numerusform>%n incidenten sluiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Reden van sluiten</translation>
    </message>
    <message>
        <source>Every seller marked these incidents as solved.</source>
        <translation>Alle verkopers hebben deze incidenten als opgelost gemarkeerd.</translation>
    </message>
    <message>
        <source>Incidents to close</source>
        <translation>Te sluiten incidenten</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>No reason (the sellers marked them solved)</source>
        <translation>Zonder reden (de verkopers hebben ze als opgelost gemarkeerd)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation>Reden nodig</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
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
            <numerusform>Er was %n bericht binnengekomen dat bij de beslissing niet is meegenomen.</numerusform>
            <numerusform>Er waren %n berichten binnengekomen die bij de beslissing niet zijn meegenomen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>({0} open)</source>
        <translation>({0} open)</translation>
    </message>
    <message>
        <source>({0}) · {1} · to {2}</source>
        <translation>({0}) · {1} · aan {2}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Customer wrote {0}</source>
        <translation>Klant schreef {0}</translation>
    </message>
    <message>
        <source>Decision by {0} ({1})</source>
        <translation>Beslissing van {0} ({1})</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <source>Had seen the conversation up to then.</source>
        <translation>Had het gesprek tot dan toe gezien.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Incident closed by {0}</source>
        <translation>Incident gesloten door {0}</translation>
    </message>
    <message>
        <source>Incident opened by {0}</source>
        <translation>Incident geopend door {0}</translation>
    </message>
    <message>
        <source>Incident seen open (derived)</source>
        <translation>Incident open gezien (afgeleid)</translation>
    </message>
    <message>
        <source>Internal notes need the team store.</source>
        <translation>Interne notities hebben de teamdatabase nodig.</translation>
    </message>
    <message>
        <source>No answer from the seller: due {0}, late by {1}</source>
        <translation>Geen antwoord van de verkoper: verwacht {0}, {1} te laat</translation>
    </message>
    <message>
        <source>No internal notes on this case yet.</source>
        <translation>Nog geen interne notities bij deze zaak.</translation>
    </message>
    <message>
        <source>No message came with the resolution.</source>
        <translation>Bij de oplossing zat geen bericht.</translation>
    </message>
    <message>
        <source>No messages on this order.</source>
        <translation>Geen berichten bij deze bestelling.</translation>
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation>Er is nog niets gebeurd in deze zaak.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Bestelling geplaatst</translation>
    </message>
    <message>
        <source>Order {0} · {1}</source>
        <translation>Bestelling {0} · {1}</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Ander incident</translation>
    </message>
    <message>
        <source>Other incidents</source>
        <translation>Andere incidenten</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Beleid:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Reason {0}</source>
        <translation>Reden {0}</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Seller marked it solved</source>
        <translation>Verkoper heeft het als opgelost gemarkeerd</translation>
    </message>
    <message>
        <source>Seller wrote {0}</source>
        <translation>Verkoper schreef {0}</translation>
    </message>
    <message>
        <source>Seller · solved {0}</source>
        <translation>Verkoper · opgelost {0}</translation>
    </message>
    <message>
        <source>Seller&apos;s answer due {0} (in {1})</source>
        <translation>Antwoord van de verkoper uiterlijk {0} (over {1})</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Team store unavailable: internal notes cannot be read or written now. The desk keeps working; notes come back when the team store does.</source>
        <translation>Teamdatabase niet beschikbaar: interne notities kunnen nu niet worden gelezen of geschreven. De desk blijft werken; de notities komen terug zodra de teamdatabase terug is.</translation>
    </message>
    <message>
        <source>Team store unavailable: the team&apos;s decisions are not shown.</source>
        <translation>Teamdatabase niet beschikbaar: de beslissingen van het team worden niet getoond.</translation>
    </message>
    <message>
        <source>The customer has not written on this order.</source>
        <translation>De klant heeft over deze bestelling niet geschreven.</translation>
    </message>
    <message>
        <source>The customer wrote after the seller&apos;s &quot;solved&quot; ({0}): read it before closing.</source>
        <translation>De klant schreef na het ‘opgelost’ van de verkoper ({0}): lees het voordat je sluit.</translation>
    </message>
    <message>
        <source>The seller answered {0}, in time (due {1})</source>
        <translation>De verkoper antwoordde {0}, op tijd (uiterlijk {1})</translation>
    </message>
    <message>
        <source>The seller answered {0}, late by {1}</source>
        <translation>De verkoper antwoordde {0}, {1} te laat</translation>
    </message>
    <message>
        <source>The seller has not written on this order.</source>
        <translation>De verkoper heeft over deze bestelling niet geschreven.</translation>
    </message>
    <message>
        <source>The team store could not be read ({0}): the team&apos;s decisions are not shown.</source>
        <translation>De teamdatabase kon niet worden gelezen ({0}): de beslissingen van het team worden niet getoond.</translation>
    </message>
    <message>
        <source>The team store could not be read: {0}</source>
        <translation>De teamdatabase kon niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Gesprek:</translation>
    </message>
    <message>
        <source>Time not reported</source>
        <translation>Tijd niet opgegeven</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Track &amp; trace</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <source>Written after the seller marked it solved.</source>
        <translation>Geschreven nadat de verkoper het als opgelost had gemarkeerd.</translation>
    </message>
    <message>
        <source>last action by {0}</source>
        <translation>laatste actie door {0}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <source>on another line: {0}</source>
        <translation>op een andere regel: {0}</translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation>op {0}</translation>
    </message>
    <message>
        <source>same customer and seller, order {0}</source>
        <translation>zelfde klant en verkoper, bestelling {0}</translation>
    </message>
    <message>
        <source>same order: {0}</source>
        <translation>zelfde bestelling: {0}</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>tijd onbekend</translation>
    </message>
    <message>
        <source>{0} on this order</source>
        <translation>{0} bij deze bestelling</translation>
    </message>
    <message>
        <source>{0} with this customer and seller</source>
        <translation>{0} met deze klant en verkoper</translation>
    </message>
    <message numerus="yes">
        <source>{0} · %n item(s)</source>
        <translation>
            <numerusform>{0} · %n artikel</numerusform>
            <numerusform>{0} · %n artikelen</numerusform>
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
        <translation>{0} – uiterlijk sinds {1} open</translation>
    </message>
    <message>
        <source>{0} – opened {1} by {2}</source>
        <translation>{0} – geopend {1} door {2}</translation>
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
            <numerusform>%n incident is gewijzigd sinds je het las: het sluiten wacht in de outbox; verzend het daar toch of verwerp het.</numerusform>
            <numerusform>%n incidenten zijn gewijzigd sinds je ze las: het sluiten wacht in de outbox; verzend ze daar toch of verwerp ze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) closed.</source>
        <translation>
            <numerusform>%n incident gesloten.</numerusform>
            <numerusform>%n incidenten gesloten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait in the outbox.</source>
        <translation>
            <numerusform>%n wacht in de outbox.</numerusform>
            <numerusform>%n wachten in de outbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>An incident was opened on order {0}; it appears after the next sync.</source>
        <translation>Er is een incident geopend bij bestelling {0}; het verschijnt na de volgende synchronisatie.</translation>
    </message>
    <message numerus="yes">
        <source>Closing %n incident(s)</source>
        <translation>
            <numerusform>%n incident wordt gesloten</numerusform>
            <numerusform>%n incidenten worden gesloten</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing the incident on order {0}…</source>
        <translation>Incident bij bestelling {0} wordt gesloten…</translation>
    </message>
    <message>
        <source>Incident not closed</source>
        <translation>Incident niet gesloten</translation>
    </message>
    <message>
        <source>Incident not closed yet</source>
        <translation>Incident nog niet gesloten</translation>
    </message>
    <message>
        <source>Incident not opened</source>
        <translation>Incident niet geopend</translation>
    </message>
    <message>
        <source>Incident on order {0} closed.</source>
        <translation>Incident bij bestelling {0} gesloten.</translation>
    </message>
    <message>
        <source>Market {0} cannot be reached, so {1}. Nothing was changed; try again when the connection is back.</source>
        <translation>Markt {0} is niet bereikbaar, dus {1}. Er is niets gewijzigd; probeer het opnieuw zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Market {0} is busy or having trouble, so {1}. Try again in a moment.</source>
        <translation>Markt {0} is druk of heeft problemen, dus {1}. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Market {0} needs a reason here, so {1}.</source>
        <translation>Markt {0} vraagt hier een reden, dus {1}.</translation>
    </message>
    <message>
        <source>Market {0} refused it, so {1}.</source>
        <translation>Markt {0} heeft het geweigerd, dus {1}.</translation>
    </message>
    <message>
        <source>Not kept open</source>
        <translation>Niet opengehouden</translation>
    </message>
    <message>
        <source>Some incidents not closed</source>
        <translation>Sommige incidenten niet gesloten</translation>
    </message>
    <message>
        <source>The case changed on market {0} since you opened it, so {1}. Look at what changed, then decide again.</source>
        <translation>De zaak is op markt {0} gewijzigd sinds je hem opende, dus {1}. Bekijk wat er is veranderd en beslis opnieuw.</translation>
    </message>
    <message>
        <source>The case changed since you read it: {0}. The close waits in the outbox; send it anyway or discard it there.</source>
        <translation>De zaak is gewijzigd sinds je hem las: {0}. Het sluiten wacht in de outbox; verzend het daar toch of verwerp het.</translation>
    </message>
    <message>
        <source>The decision on order {0} waits in the outbox; it is sent when market {1} can be reached.</source>
        <translation>De beslissing over bestelling {0} wacht in de outbox; ze wordt verzonden zodra markt {1} bereikbaar is.</translation>
    </message>
    <message>
        <source>The incident on order {0} stays open.</source>
        <translation>Het incident bij bestelling {0} blijft open.</translation>
    </message>
    <message>
        <source>The key for market {0} was refused, so {1}. Check the connection settings for {0}.</source>
        <translation>De sleutel voor markt {0} is geweigerd, dus {1}. Controleer de verbindingsinstellingen voor {0}.</translation>
    </message>
    <message>
        <source>The marketplace said: {0}</source>
        <translation>De marktplaats meldde: {0}</translation>
    </message>
    <message>
        <source>The team store could not record the decision; see the log.</source>
        <translation>De teamdatabase kon de beslissing niet vastleggen; zie het logboek.</translation>
    </message>
    <message>
        <source>These were not closed; nothing was changed for them:

{0}</source>
        <translation>Deze zijn niet gesloten; er is niets aan gewijzigd:

{0}</translation>
    </message>
    <message>
        <source>This case is no longer in the cache of market {0}, so {1}.</source>
        <translation>Deze zaak staat niet meer in de cache van markt {0}, dus {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n incident(s) stay as they were.</source>
        <translation>
            <numerusform>Ongedaan gemaakt: %n incident blijft zoals het was.</numerusform>
            <numerusform>Ongedaan gemaakt: %n incidenten blijven zoals ze waren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role on market {0} may not do this, so {1}.</source>
        <translation>Jouw rol op markt {0} mag dit niet, dus {1}.</translation>
    </message>
    <message>
        <source>no incident was opened</source>
        <translation>er is geen incident geopend</translation>
    </message>
    <message>
        <source>the incident was not closed</source>
        <translation>het incident is niet gesloten</translation>
    </message>
    <message>
        <source>the incident was not kept open</source>
        <translation>het incident is niet opengehouden</translation>
    </message>
    <message>
        <source>{0} because of an unexpected error: {1}</source>
        <translation>{0} door een onverwachte fout: {1}</translation>
    </message>
</context>
<context>
    <name>CaseNotesPanel</name>
    <message>
        <source>Add internal note</source>
        <translation>Interne notitie toevoegen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne notities</translation>
    </message>
    <message>
        <source>Internal notes – visible to colleagues only, never sent to customers or sellers</source>
        <translation>Interne notities – alleen zichtbaar voor collega&apos;s, nooit verzonden naar klanten of verkopers</translation>
    </message>
    <message>
        <source>New internal note</source>
        <translation>Nieuwe interne notitie</translation>
    </message>
    <message>
        <source>Note saved. Colleagues see it on this case.</source>
        <translation>Notitie opgeslagen. Je collega&apos;s zien haar bij deze zaak.</translation>
    </message>
    <message>
        <source>Save the note for colleagues (Ctrl+Return in the note box)</source>
        <translation>Notitie opslaan voor collega&apos;s (Ctrl+Enter in het notitieveld)</translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation>Notitie wordt opgeslagen…</translation>
    </message>
    <message>
        <source>The note was not saved because of an unexpected error: {0}. Your text is kept.</source>
        <translation>De notitie is door een onverwachte fout niet opgeslagen: {0}. Je tekst blijft bewaard.</translation>
    </message>
    <message>
        <source>The note was not saved: the team store is not available. Your text is kept; try again when it is back.</source>
        <translation>De notitie is niet opgeslagen: de teamdatabase is niet beschikbaar. Je tekst blijft bewaard; probeer het opnieuw zodra ze terug is.</translation>
    </message>
    <message>
        <source>The note was not saved: {0}. Your text is kept; try again.</source>
        <translation>De notitie is niet opgeslagen: {0}. Je tekst blijft bewaard; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The notes could not be read: {0}</source>
        <translation>De notities konden niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>Visible to colleagues only. Ctrl+Return saves the note.</source>
        <translation>Alleen zichtbaar voor collega&apos;s. Ctrl+Enter slaat de notitie op.</translation>
    </message>
    <message>
        <source>Write an internal note for colleagues…</source>
        <translation>Schrijf een interne notitie voor collega&apos;s…</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Schrijf eerst de notitie.</translation>
    </message>
</context>
<context>
    <name>CaseReplyDialog</name>
    <message>
        <source>&amp;Conversation:</source>
        <translation>&amp;Gesprek:</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Reply on order {0}</source>
        <translation>Antwoord bij bestelling {0}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er is gebeurd</translation>
    </message>
    <message>
        <source>{0} · last message {1}</source>
        <translation>{0} · laatste bericht {1}</translation>
    </message>
</context>
<context>
    <name>CaseTools</name>
    <message>
        <source>Dossier saved as {0} and {1}.</source>
        <translation>Dossier opgeslagen als {0} en {1}.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export geannuleerd; er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Dossier exporteren</translation>
    </message>
    <message>
        <source>Exporting the dossier…</source>
        <translation>Dossier wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Fetching attachment {0}…</source>
        <translation>Bijlage {0} wordt opgehaald…</translation>
    </message>
    <message>
        <source>The conversations are still being opened; try again in a moment.</source>
        <translation>De gesprekken worden nog geopend; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The conversations of this order could not be read: {0}</source>
        <translation>De gesprekken van deze bestelling konden niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>The dossier could not be made: {0}</source>
        <translation>Het dossier kon niet worden gemaakt: {0}</translation>
    </message>
    <message>
        <source>The dossier could not be written: {0}. Nothing was kept.</source>
        <translation>Het dossier kon niet worden weggeschreven: {0}. Er is niets bewaard.</translation>
    </message>
    <message>
        <source>This order has no conversation in the local cache yet; it appears after the next sync.</source>
        <translation>Deze bestelling heeft nog geen gesprek in de lokale cache; het verschijnt na de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <source>A reason is required: the seller has not marked this incident as solved.</source>
        <translation>Een reden is nodig: de verkoper heeft dit incident niet als opgelost gemarkeerd.</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Incident sluiten</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Reden van sluiten</translation>
    </message>
    <message>
        <source>Close the incident on order {0} on {1}?

The customer and the seller will see the incident as closed, and the order continues its normal cycle. This cannot be undone from the desk; a new incident would have to be opened.</source>
        <translation>Incident bij bestelling {0} op {1} sluiten?

De klant en de verkoper zien het incident als gesloten en de bestelling gaat verder met de normale cyclus. Dit kan in de desk niet ongedaan worden gemaakt; er zou een nieuw incident moeten worden geopend.</translation>
    </message>
    <message>
        <source>No reason (the seller marked it solved)</source>
        <translation>Zonder reden (de verkoper heeft het als opgelost gemarkeerd)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>The seller marked this incident as solved; a reason is optional.</source>
        <translation>De verkoper heeft dit incident als opgelost gemarkeerd; een reden is optioneel.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation> verzoeken/min</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>API key in Authorization</source>
        <translation>API-sleutel in Authorization</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
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
        <translation>Bearer-token</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-bundel</translation>
    </message>
    <message>
        <source>Connection OK – you are {0} on {1}.</source>
        <translation>Verbinding in orde – je bent {0} op {1}.</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Conversations updated within this many days are synced with their messages when the market is first synced; older ones load when you open them.</source>
        <translation>Gesprekken die binnen dit aantal dagen zijn bijgewerkt, worden bij de eerste synchronisatie van de markt met hun berichten opgehaald; oudere laden zodra je ze opent.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Details: {0}</translation>
    </message>
    <message>
        <source>Dispute reviewer</source>
        <translation>Beoordelaar van geschillen</translation>
    </message>
    <message>
        <source>Key sent as</source>
        <translation>Sleutel verzenden als</translation>
    </message>
    <message>
        <source>Market (country)</source>
        <translation>Markt (land)</translation>
    </message>
    <message>
        <source>Marketplace connections</source>
        <translation>Marktplaatsverbindingen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>New marketplace</source>
        <translation>Nieuwe marktplaats</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <source>Remove the connection {0} and delete its key from the system keyring?

Cached data of market {1} stays until the cache is cleared.</source>
        <translation>Verbinding {0} verwijderen en de sleutel uit de sleutelhanger van het systeem wissen?

Gecachete gegevens van markt {1} blijven staan tot de cache wordt geleegd.</translation>
    </message>
    <message>
        <source>Request budget</source>
        <translation>Verzoekbudget</translation>
    </message>
    <message>
        <source>Response rule</source>
        <translation>Reactieregel</translation>
    </message>
    <message>
        <source>Role if the platform cannot tell</source>
        <translation>Rol als het platform die niet doorgeeft</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Saved. The key is in the system keyring.</source>
        <translation>Opgeslagen. De sleutel staat in de sleutelhanger van het systeem.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Sync window</source>
        <translation>Synchronisatieperiode</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbinding wordt getest…</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>De verbinding is mislukt.</translation>
    </message>
    <message>
        <source>The key was not stored; nothing was saved.</source>
        <translation>De sleutel is niet opgeslagen; er is niets bewaard.</translation>
    </message>
    <message>
        <source>The key works but its role may not read this marketplace.</source>
        <translation>De sleutel werkt, maar de rol ervan mag deze marktplaats niet lezen.</translation>
    </message>
    <message>
        <source>The marketplace answered with an error; try again later.</source>
        <translation>De marktplaats antwoordde met een fout; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached. Check the address, the proxy and the network.</source>
        <translation>De marktplaats is niet bereikbaar. Controleer het adres, de proxy en het netwerk.</translation>
    </message>
    <message>
        <source>The marketplace refused the key. Check it and the way it is sent (API key or Bearer token).</source>
        <translation>De marktplaats heeft de sleutel geweigerd. Controleer de sleutel en hoe die wordt verzonden (API-sleutel of Bearer-token).</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>a dispute reviewer</source>
        <translation>beoordelaar van geschillen</translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>an agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen limiet</translation>
    </message>
    <message>
        <source>optional, e.g. BY for Bavaria</source>
        <translation>optioneel, bijv. BY voor Beieren</translation>
    </message>
    <message>
        <source>optional: CA file for TLS inspection</source>
        <translation>optioneel: CA-bestand voor TLS-inspectie</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>opgeslagen in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>system settings</source>
        <translation>systeeminstellingen</translation>
    </message>
    <message>
        <source>{0} · {1} (SANDBOX, built in)</source>
        <translation>{0} · {1} (SANDBOX, ingebouwd)</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n gesprek</numerusform>
            <numerusform>%n gesprekken</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export dossier…</source>
        <translation>Dossier &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Late reply</source>
        <translation>&amp;Late reactie</translation>
    </message>
    <message>
        <source>(in the newest 20,000 matching messages)</source>
        <translation>(in de nieuwste 20.000 overeenkomende berichten)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Alle markten</translation>
    </message>
    <message>
        <source>Any policy finding</source>
        <translation>Elke beleidsbevinding</translation>
    </message>
    <message>
        <source>Any policy state</source>
        <translation>Elke beleidsstatus</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Elk moment</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Naam van de klant</translation>
    </message>
    <message>
        <source>Customer {0}</source>
        <translation>Klant {0}</translation>
    </message>
    <message>
        <source>Dossier saved as {0} and {1}.</source>
        <translation>Dossier opgeslagen als {0} en {1}.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export geannuleerd; er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation>Dossier exporteren</translation>
    </message>
    <message>
        <source>Exporting the dossier…</source>
        <translation>Dossier wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Fetching attachment {0}…</source>
        <translation>Bijlage {0} wordt opgehaald…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Laatste bericht</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Volgend gesprek</translation>
    </message>
    <message>
        <source>No conversation matches. Change or clear the filters.</source>
        <translation>Geen gesprek past. Wijzig of wis de filters.</translation>
    </message>
    <message>
        <source>No conversations in the local cache yet. They appear after the next sync.</source>
        <translation>Nog geen gesprekken in de lokale cache. Ze verschijnen na de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>No incident on this order is closed.</source>
        <translation>Geen enkel incident bij deze bestelling is gesloten.</translation>
    </message>
    <message>
        <source>No line of this order can have a new incident.</source>
        <translation>Bij geen enkele regel van deze bestelling kan een nieuw incident worden geopend.</translation>
    </message>
    <message>
        <source>Non-answer</source>
        <translation>Nietszeggend antwoord</translation>
    </message>
    <message>
        <source>Nothing on this order can be refunded now.</source>
        <translation>Op deze bestelling kan nu niets worden terugbetaald.</translation>
    </message>
    <message>
        <source>Off-platform contact</source>
        <translation>Contact buiten het platform</translation>
    </message>
    <message>
        <source>Older messages could not be loaded from market {0}; the cached part is shown.</source>
        <translation>Oudere berichten konden niet van markt {0} worden geladen; het gecachete deel wordt getoond.</translation>
    </message>
    <message>
        <source>Older than 30 days</source>
        <translation>Ouder dan 30 dagen</translation>
    </message>
    <message>
        <source>Open &amp;incident…</source>
        <translation>&amp;Incident openen…</translation>
    </message>
    <message>
        <source>Open an incident</source>
        <translation>Incident openen</translation>
    </message>
    <message>
        <source>Open an incident on a line of this conversation&apos;s order</source>
        <translation>Een incident openen bij een regel van de bestelling van dit gesprek</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Bestelnummer</translation>
    </message>
    <message>
        <source>Order {0}</source>
        <translation>Bestelling {0}</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Pdf-document (*.pdf)</translation>
    </message>
    <message>
        <source>Policy flags</source>
        <translation>Beleidssignalen</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Vorig gesprek</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Terugbetalen…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetalen</translation>
    </message>
    <message>
        <source>Refund the customer of this conversation&apos;s order</source>
        <translation>De klant van de bestelling van dit gesprek terugbetalen</translation>
    </message>
    <message>
        <source>Reo&amp;pen incident…</source>
        <translation>Incident &amp;heropenen…</translation>
    </message>
    <message>
        <source>Reopen an incident</source>
        <translation>Een incident heropenen</translation>
    </message>
    <message>
        <source>Reopen an incident on this order that was closed too early: a new incident on the same line</source>
        <translation>Een te vroeg gesloten incident bij deze bestelling heropenen: een nieuw incident op dezelfde regel</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Beantwoorden</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Opgeslagen in {0}</translation>
    </message>
    <message>
        <source>Search every message (words, &quot;a phrase&quot;)</source>
        <translation>Alle berichten doorzoeken (woorden, &quot;een zinsdeel&quot;)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Berichten doorzoeken</translation>
    </message>
    <message>
        <source>Select a conversation to read it whole: every message, who saw it, the seller&apos;s deadlines and the order&apos;s events.</source>
        <translation>Kies een gesprek om het helemaal te lezen: elk bericht, wie het heeft gezien, de termijnen van de verkoper en de gebeurtenissen van de bestelling.</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Seller &amp;owes a reply</source>
        <translation>Verkoper &amp;moet nog antwoorden</translation>
    </message>
    <message>
        <source>Seller answers within {0}</source>
        <translation>Verkoper antwoordt binnen {0}</translation>
    </message>
    <message>
        <source>Seller {0}</source>
        <translation>Verkoper {0}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>The conversations could not be read from the local cache: {0}</source>
        <translation>De gesprekken konden niet uit de lokale cache worden gelezen: {0}</translation>
    </message>
    <message>
        <source>The dossier could not be made: {0}</source>
        <translation>Het dossier kon niet worden gemaakt: {0}</translation>
    </message>
    <message>
        <source>The dossier could not be written: {0}</source>
        <translation>Het dossier kon niet worden weggeschreven: {0}</translation>
    </message>
    <message>
        <source>The lines of the closed incidents have an incident open again, or cannot have one now.</source>
        <translation>Op de regels van de gesloten incidenten staat weer een incident open, of er kan nu geen incident worden geopend.</translation>
    </message>
    <message>
        <source>This conversation as a PDF and a JSON file (Ctrl+Shift+E)</source>
        <translation>Dit gesprek als pdf- en JSON-bestand (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>This conversation is not about an order.</source>
        <translation>Dit gesprek gaat niet over een bestelling.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Why this deadline</source>
        <translation>Waarom deze termijn</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n more error(s) happened meanwhile; their reports are in the log folder.</source>
        <translation>
            <numerusform>Intussen is er nog %n fout opgetreden; het rapport staat in de logboekmap.</numerusform>
            <numerusform>Intussen zijn er nog %n fouten opgetreden; de rapporten staan in de logboekmap.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Rapport &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Quit the desk</source>
        <translation>Desk &amp;afsluiten</translation>
    </message>
    <message>
        <source>(not saved: the log folder cannot be written)</source>
        <translation>(niet opgeslagen: er kan niet in de logboekmap worden geschreven)</translation>
    </message>
    <message>
        <source>A report was saved as {0}. It contains no keys, passwords, message texts or customer data; copy it into a message to your IT support.</source>
        <translation>Er is een rapport opgeslagen als {0}. Het bevat geen sleutels, wachtwoorden, berichtteksten of klantgegevens; kopieer het in een bericht aan je IT-ondersteuning.</translation>
    </message>
    <message>
        <source>C&amp;ontinue working</source>
        <translation>&amp;Verder werken</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Foutrapport</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Logboekmap &amp;openen</translation>
    </message>
    <message>
        <source>Operator Desk – unexpected error</source>
        <translation>Operator Desk – onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong inside the desk ({0}).</source>
        <translation>Er ging iets mis in de desk ({0}).</translation>
    </message>
    <message>
        <source>What the desk was doing at that moment may not have finished. Nothing was lost: what the desk had stored stays in the local cache and the team store, and actions you confirmed were saved before they were sent. You can go on working; check the last thing you did once more.</source>
        <translation>Wat de desk op dat moment deed, is misschien niet afgerond. Er is niets verloren: wat de desk had opgeslagen, staat nog in de lokale cache en de teamdatabase, en acties die je had bevestigd, zijn vóór het verzenden bewaard. Je kunt verder werken; controleer je laatste handeling nog eens.</translation>
    </message>
</context>
<context>
    <name>DecideSanctionDialog</name>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Sanction for {0}</source>
        <translation>Sanctie voor {0}</translation>
    </message>
    <message>
        <source>Statement of reasons</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Your note (why you approve or decline)</source>
        <translation>Je notitie (waarom je goedkeurt of afwijst)</translation>
    </message>
    <message>
        <source>{0}, proposed by {1} on {2}. Breach: {3}. Evidence: {4}.</source>
        <translation>{0}, voorgesteld door {1} op {2}. Overtreding: {3}. Bewijs: {4}.</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>disputed on the marketplace</source>
        <translation>op de marktplaats betwist</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>geëscaleerd</translation>
    </message>
    <message>
        <source>incident opened</source>
        <translation>incident geopend</translation>
    </message>
    <message>
        <source>kept open</source>
        <translation>opengehouden</translation>
    </message>
    <message>
        <source>kept open in the desk</source>
        <translation>in de desk opengehouden</translation>
    </message>
    <message>
        <source>noted</source>
        <translation>genoteerd</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>terugbetaling</translation>
    </message>
    <message>
        <source>reopened (a new incident on the same line)</source>
        <translation>heropend (een nieuw incident op dezelfde regel)</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>beoordelaar</translation>
    </message>
    <message>
        <source>sent to the marketplace</source>
        <translation>naar de marktplaats verzonden</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wacht op goedkeuring</translation>
    </message>
    <message>
        <source>waiting in the outbox</source>
        <translation>wacht in de outbox</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Goedkeuringen</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Auditlogboek</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>Ge&amp;sprekken</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidenten</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Outbox</translation>
    </message>
    <message>
        <source>&amp;Sellers</source>
        <translation>&amp;Verkopers</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>S&amp;jablonen</translation>
    </message>
    <message>
        <source>Another program is syncing this cache; the desk syncs again later.</source>
        <translation>Een ander programma synchroniseert deze cache; de desk synchroniseert later opnieuw.</translation>
    </message>
    <message>
        <source>Connections saved. They take effect when the desk starts next.</source>
        <translation>Verbindingen opgeslagen. Ze gelden vanaf de volgende keer dat de desk start.</translation>
    </message>
    <message>
        <source>Offline: showing the cached queue. Actions need a connection.</source>
        <translation>Offline: de gecachete wachtrij wordt getoond. Acties hebben een verbinding nodig.</translation>
    </message>
    <message>
        <source>Sync cancelled; what was fetched is kept, the next sync goes on from there.</source>
        <translation>Synchronisatie geannuleerd; wat al is opgehaald blijft bewaard, de volgende synchronisatie gaat daar verder.</translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation>Synchronisatie voltooid.</translation>
    </message>
    <message>
        <source>Sync incomplete for {0}; showing cached data.</source>
        <translation>Synchronisatie onvolledig voor {0}; gecachete gegevens worden getoond.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>The desk could not open its data: {0}</source>
        <translation>De desk kon zijn gegevens niet openen: {0}</translation>
    </message>
    <message>
        <source>The key for market {0} was refused; showing cached data. Check the key in the connection settings.</source>
        <translation>De sleutel voor markt {0} is geweigerd; gecachete gegevens worden getoond. Controleer de sleutel in de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>The local cache is damaged. It is rebuilt from the marketplaces at the next start; until then some cached records may be missing. Queued actions are kept.</source>
        <translation>De lokale cache is beschadigd. Hij wordt bij de volgende start opnieuw opgebouwd vanuit de marktplaatsen; tot dan kunnen gegevens in de cache ontbreken. Acties in de outbox blijven bewaard.</translation>
    </message>
    <message>
        <source>The local cache was rebuilt because {0}; it fills again from the marketplaces. Queued actions are kept.</source>
        <translation>De lokale cache is opnieuw opgebouwd omdat {0}; hij wordt weer gevuld vanuit de marktplaatsen. Acties in de outbox blijven bewaard.</translation>
    </message>
    <message>
        <source>The outbox could not be opened: {0} Actions are sent directly and cannot wait for a connection.</source>
        <translation>De outbox kon niet worden geopend: {0} Acties worden direct verzonden en kunnen niet op een verbinding wachten.</translation>
    </message>
    <message>
        <source>The sync stopped unexpectedly; showing cached data. Details are in the log.</source>
        <translation>De synchronisatie is onverwacht gestopt; gecachete gegevens worden getoond. Details staan in het logboek.</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>gesprekken</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidenten</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>berichten</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>bestellingen</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>redenen</translation>
    </message>
    <message>
        <source>shops</source>
        <translation>winkels</translation>
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
        <translation>Elk record van de marktplaatsen kon worden gelezen.</translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation>Lokale cache</translation>
    </message>
    <message>
        <source>Records skipped during sync</source>
        <translation>Records die bij synchronisatie zijn overgeslagen</translation>
    </message>
    <message>
        <source>Records that could not be read</source>
        <translation>Records die niet konden worden gelezen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Select a record to see what the marketplace sent.</source>
        <translation>Kies een record om te zien wat de marktplaats heeft gestuurd.</translation>
    </message>
    <message>
        <source>The record as the marketplace sent it</source>
        <translation>Het record zoals de marktplaats het stuurde</translation>
    </message>
    <message>
        <source>incidents derived from orders and threads (the marketplace publishes no incident list)</source>
        <translation>incidenten afgeleid uit bestellingen en gesprekken (de marktplaats publiceert geen lijst met incidenten)</translation>
    </message>
    <message>
        <source>last attempt failed: {0}</source>
        <translation>laatste poging mislukt: {0}</translation>
    </message>
    <message>
        <source>last sync {0}</source>
        <translation>laatste synchronisatie {0}</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nooit gesynchroniseerd</translation>
    </message>
    <message>
        <source>orders: {0}, incidents: {1}, messages: {2}</source>
        <translation>bestellingen: {0}, incidenten: {1}, berichten: {2}</translation>
    </message>
</context>
<context>
    <name>EditActionDialog</name>
    <message>
        <source>Edit the queued action</source>
        <translation>Wachtende actie bewerken</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>No reason (the seller marked it solved)</source>
        <translation>Zonder reden (de verkoper heeft het als opgelost gemarkeerd)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Late reply</source>
        <translation>Late reactie</translation>
    </message>
    <message>
        <source>Market {0} cannot be reached; nothing was changed there. Try again when the connection is back.</source>
        <translation>Markt {0} is niet bereikbaar; daar is niets gewijzigd. Probeer het opnieuw zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>Market {0} is busy; nothing was changed. Try again in a moment.</source>
        <translation>Markt {0} is druk; er is niets gewijzigd. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Market {0} refused the change: {1}</source>
        <translation>Markt {0} heeft de wijziging geweigerd: {1}</translation>
    </message>
    <message>
        <source>Market {0}: {1}</source>
        <translation>Markt {0}: {1}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>The key for market {0} was refused; check the connection settings.</source>
        <translation>De sleutel voor markt {0} is geweigerd; controleer de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>The sanction is not in a state for this ({1}); a colleague may have acted on it. Reload the scorecard.</source>
        <translation>De sanctie staat hier niet in de juiste status voor ({1}); misschien heeft een collega er al iets mee gedaan. Laad de scorecard opnieuw.</translation>
    </message>
    <message>
        <source>The team store cannot be reached, so nothing was recorded. Try again when it is back.</source>
        <translation>De teamdatabase is niet bereikbaar, dus er is niets vastgelegd. Probeer het opnieuw zodra ze terug is.</translation>
    </message>
    <message>
        <source>This sanction or seller is no longer known.</source>
        <translation>Deze sanctie of verkoper is niet meer bekend.</translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation>Onverwachte fout: {0}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Your role may not do this: {1}</source>
        <translation>Jouw rol mag dit niet: {1}</translation>
    </message>
    <message>
        <source>due {0}, answered {1}</source>
        <translation>uiterlijk {0}, beantwoord {1}</translation>
    </message>
    <message>
        <source>due {0}, not answered</source>
        <translation>uiterlijk {0}, niet beantwoord</translation>
    </message>
    <message>
        <source>{0}: marked solved, reopened</source>
        <translation>{0}: als opgelost gemarkeerd, heropend</translation>
    </message>
    <message>
        <source>{0}: not solved</source>
        <translation>{0}: niet opgelost</translation>
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
        <translation>Sluit automatisch</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Customer wrote</source>
        <translation>Klant schreef</translation>
    </message>
    <message>
        <source>Incident {0}</source>
        <translation>Incident {0}</translation>
    </message>
    <message>
        <source>Marked solved</source>
        <translation>Als opgelost gemarkeerd</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>On it</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Bestelwaarde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The customer wrote after the seller marked the incident as solved</source>
        <translation>De klant schreef nadat de verkoper het incident als opgelost had gemarkeerd</translation>
    </message>
    <message>
        <source>Time left before the platform closes the incident by itself (5 business days without activity, in the market&apos;s calendar)</source>
        <translation>Resterende tijd tot het platform het incident zelf sluit (5 werkdagen zonder activiteit, volgens de kalender van de markt)</translation>
    </message>
    <message>
        <source>Who is working on the case right now</source>
        <translation>Wie nu met de zaak bezig is</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Marked solved</source>
        <translation>Als opgelost gemarkeerd</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Close incident</source>
        <translation>Incident sluiten</translation>
    </message>
    <message>
        <source>Close this incident on the marketplace (Ctrl+Return)</source>
        <translation>Dit incident op de marktplaats sluiten (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Closed too early? Open a new incident on the same order line, with a reason, and record why</source>
        <translation>Te vroeg gesloten? Een nieuw incident openen op dezelfde bestelregel, met een reden, en vastleggen waarom</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Sluiten…</translation>
    </message>
    <message>
        <source>Derived: this marketplace does not publish its incidents, so the status and the seller&apos;s &quot;solved&quot; are read from the order and the messages.</source>
        <translation>Afgeleid: deze marktplaats publiceert zijn incidenten niet, dus de status en het ‘opgelost’ van de verkoper worden uit de bestelling en de berichten gelezen.</translation>
    </message>
    <message>
        <source>Do not accept the seller&apos;s resolution: keep the incident open (Ctrl+Shift+Return)</source>
        <translation>De oplossing van de verkoper niet accepteren: het incident openhouden (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Every conversation of this order, its timeline and the team&apos;s decisions as a PDF and a JSON file (Ctrl+Shift+D)</source>
        <translation>Alle gesprekken van deze bestelling, de tijdlijn en de beslissingen van het team als pdf- en JSON-bestand (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Export dossier…</source>
        <translation>Dossier exporteren…</translation>
    </message>
    <message>
        <source>Export the incident&apos;s dossier</source>
        <translation>Het dossier van het incident exporteren</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Interne notities</translation>
    </message>
    <message>
        <source>Internal notes ({0})</source>
        <translation>Interne notities ({0})</translation>
    </message>
    <message>
        <source>Its order line has an incident open again, or cannot have one now.</source>
        <translation>Op de bestelregel staat weer een incident open, of er kan nu geen incident worden geopend.</translation>
    </message>
    <message>
        <source>Keep open…</source>
        <translation>Openhouden…</translation>
    </message>
    <message>
        <source>Keep the incident open</source>
        <translation>Incident openhouden</translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Oudere berichten worden geladen…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Nieuw incident…</translation>
    </message>
    <message>
        <source>No line of this order can have a new incident.</source>
        <translation>Bij geen enkele regel van deze bestelling kan een nieuw incident worden geopend.</translation>
    </message>
    <message>
        <source>Nothing on this order can be refunded now.</source>
        <translation>Op deze bestelling kan nu niets worden terugbetaald.</translation>
    </message>
    <message>
        <source>Older messages are not in the local cache and the marketplace is offline.</source>
        <translation>Oudere berichten staan niet in de lokale cache en de marktplaats is offline.</translation>
    </message>
    <message>
        <source>Only an incident the seller marked as solved can be kept open.</source>
        <translation>Alleen een incident dat de verkoper als opgelost heeft gemarkeerd, kan worden opengehouden.</translation>
    </message>
    <message>
        <source>Open an incident</source>
        <translation>Incident openen</translation>
    </message>
    <message>
        <source>Open an incident on a line of this order (Ctrl+Shift+I)</source>
        <translation>Een incident openen bij een regel van deze bestelling (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Open the seller&apos;s scorecard and propose a sanction with this case as evidence</source>
        <translation>De scorecard van de verkoper openen en een sanctie voorstellen met deze zaak als bewijs</translation>
    </message>
    <message>
        <source>Propose a sanction for the seller</source>
        <translation>Een sanctie voor de verkoper voorstellen</translation>
    </message>
    <message>
        <source>Propose sanction…</source>
        <translation>Sanctie voorstellen…</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetalen</translation>
    </message>
    <message>
        <source>Refund the customer (Ctrl+Shift+R)</source>
        <translation>De klant terugbetalen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Terugbetalen…</translation>
    </message>
    <message>
        <source>Reopen the incident</source>
        <translation>Het incident heropenen</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Heropenen…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Beantwoorden</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Beantwoorden…</translation>
    </message>
    <message>
        <source>Select an incident in the queue to see the order, the seller&apos;s resolution and the whole conversation.</source>
        <translation>Kies een incident in de wachtrij om de bestelling, de oplossing van de verkoper en het hele gesprek te zien.</translation>
    </message>
    <message>
        <source>The customer&apos;s latest message</source>
        <translation>Het laatste bericht van de klant</translation>
    </message>
    <message>
        <source>The incident is closed.</source>
        <translation>Het incident is gesloten.</translation>
    </message>
    <message>
        <source>The incident is open.</source>
        <translation>Het incident is open.</translation>
    </message>
    <message>
        <source>The order is not in the cache.</source>
        <translation>De bestelling staat niet in de cache.</translation>
    </message>
    <message>
        <source>The seller&apos;s claim</source>
        <translation>Wat de verkoper meldt</translation>
    </message>
    <message>
        <source>This order has no conversation in the local cache.</source>
        <translation>Deze bestelling heeft geen gesprek in de lokale cache.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Timeline and conversation</source>
        <translation>Tijdlijn en gesprek</translation>
    </message>
    <message>
        <source>Write to the customer or the seller (Ctrl+R)</source>
        <translation>Naar de klant of de verkoper schrijven (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>KeepOpenDialog</name>
    <message>
        <source>Keep open</source>
        <translation>Openhouden</translation>
    </message>
    <message>
        <source>Keep the incident open</source>
        <translation>Incident openhouden</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>Bericht aan de klant</translation>
    </message>
    <message>
        <source>Message to the seller</source>
        <translation>Bericht aan de verkoper</translation>
    </message>
    <message>
        <source>The incident on order {0} stays open: the seller&apos;s resolution is not accepted.{1}</source>
        <translation>Het incident bij bestelling {0} blijft open: de oplossing van de verkoper wordt niet geaccepteerd.{1}</translation>
    </message>
    <message>
        <source>The marketplace shows it as disputed.</source>
        <translation>De marktplaats toont het als betwist.</translation>
    </message>
    <message>
        <source>This marketplace has no dispute step: the incident simply stays open and the decision is recorded for the team.</source>
        <translation>Deze marktplaats kent geen stap om te betwisten: het incident blijft gewoon open en de beslissing wordt voor het team vastgelegd.</translation>
    </message>
    <message>
        <source>Why (for the team record; required)</source>
        <translation>Waarom (voor het teamdossier; verplicht)</translation>
    </message>
    <message>
        <source>Why the incident stays open</source>
        <translation>Waarom het incident open blijft</translation>
    </message>
</context>
<context>
    <name>KeyringDialog</name>
    <message>
        <source> for {0}</source>
        <translation> voor {0}</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Alleen voor deze sessie bewaren</translation>
    </message>
    <message>
        <source>Keyring backend: {0}</source>
        <translation>Sleutelhanger-backend: {0}</translation>
    </message>
    <message>
        <source>Marketplace keys are kept only in the system keyring (GNOME Keyring or KWallet on Linux, the Keychain on macOS, Credential Manager on Windows), never in a file.

You can start or install a keyring service and try again, or keep the key for this session only: it stays in memory and is forgotten when the desk closes, so you will be asked for it again next time.

Reason: {0}</source>
        <translation>Marktplaatssleutels worden alleen in de sleutelhanger van het systeem bewaard (GNOME Keyring of KWallet op Linux, de Sleutelhangertoegang op macOS, Referentiebeheer op Windows), nooit in een bestand.

Je kunt een sleutelhangerdienst starten of installeren en het opnieuw proberen, of de sleutel alleen voor deze sessie bewaren: hij blijft in het geheugen en wordt vergeten als de desk sluit, dus de volgende keer wordt er opnieuw om gevraagd.

Reden: {0}</translation>
    </message>
    <message>
        <source>No usable keyring</source>
        <translation>Geen bruikbare sleutelhanger</translation>
    </message>
    <message>
        <source>The system keyring could not be used, so Operator Desk cannot store the key{0} safely.</source>
        <translation>De sleutelhanger van het systeem kon niet worden gebruikt, dus Operator Desk kan de sleutel{0} niet veilig opslaan.</translation>
    </message>
    <message>
        <source>This system has no keyring service, so Operator Desk cannot store the key{0} safely.</source>
        <translation>Dit systeem heeft geen sleutelhangerdienst, dus Operator Desk kan de sleutel{0} niet veilig opslaan.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Grade (evaluations)</source>
        <translation>Cijfer (beoordelingen)</translation>
    </message>
    <message>
        <source>Incident rate</source>
        <translation>Incidentpercentage</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Late replies</source>
        <translation>Late reacties</translation>
    </message>
    <message>
        <source>Messages with policy findings</source>
        <translation>Berichten met beleidsbevindingen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Open incidenten</translation>
    </message>
    <message>
        <source>Order approval rate</source>
        <translation>Acceptatiegraad van bestellingen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation>Terugbetalingspercentage</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Terugbetalingen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <source>Reopened %</source>
        <translation>Heropend %</translation>
    </message>
    <message>
        <source>Reopened share</source>
        <translation>Aandeel heropend</translation>
    </message>
    <message>
        <source>Reply (median)</source>
        <translation>Reactie (mediaan)</translation>
    </message>
    <message>
        <source>Reply (p95)</source>
        <translation>Reactie (p95)</translation>
    </message>
    <message>
        <source>Reply time (95th percentile)</source>
        <translation>Reactietijd (95e percentiel)</translation>
    </message>
    <message>
        <source>Reply time (median)</source>
        <translation>Reactietijd (mediaan)</translation>
    </message>
    <message>
        <source>Solved by seller, reopened</source>
        <translation>Opgelost door verkoper, heropend</translation>
    </message>
    <message>
        <source>contact outside the platform</source>
        <translation>contact buiten het platform</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} u</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>Alert</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Alle markten</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limiet</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>This market</source>
        <translation>Deze markt</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
</context>
<context>
    <name>LadderDialog</name>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Days of this step</source>
        <translation>Dagen van deze stap</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Ladder (first step first):</source>
        <translation>Ladder (eerste stap eerst):</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limiet</translation>
    </message>
    <message>
        <source>Recidivism window:</source>
        <translation>Recidiveperiode:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Sanction ladder and thresholds: {0}</source>
        <translation>Sanctieladder en drempels: {0}</translation>
    </message>
    <message>
        <source>Termination notice:</source>
        <translation>Opzegtermijn:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Operator Desk will use {0} after a restart. Restart now? Reply drafts are kept.</source>
        <translation>Operator Desk gebruikt na een herstart {0}. Nu opnieuw starten? Conceptantwoorden blijven bewaard.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Nu opnieuw starten</translation>
    </message>
    <message>
        <source>System ({0})</source>
        <translation>Systeem ({0})</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Alert</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limiet</translation>
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
        <translation>E-mail aan: {0}</translation>
    </message>
    <message>
        <source>Full address</source>
        <translation>Volledig adres</translation>
    </message>
    <message>
        <source>Full address:</source>
        <translation>Volledig adres:</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation>Link openen?</translation>
    </message>
    <message>
        <source>Site: {0}</source>
        <translation>Website: {0}</translation>
    </message>
    <message>
        <source>The address is a bare IP address, not a named site.</source>
        <translation>Het adres is een kaal IP-adres, geen site met een naam.</translation>
    </message>
    <message>
        <source>The connection is not encrypted (http).</source>
        <translation>De verbinding is niet versleuteld (http).</translation>
    </message>
    <message>
        <source>The part before &apos;@&apos; is not the site; the site is {0}.</source>
        <translation>Het deel vóór de ‘@’ is niet de site; de site is {0}.</translation>
    </message>
    <message>
        <source>The site&apos;s name mixes alphabets, a common disguise.</source>
        <translation>De naam van de site mengt alfabetten, een veelgebruikte vermomming.</translation>
    </message>
    <message>
        <source>The site&apos;s name uses international characters; its real form is {0}.</source>
        <translation>De naam van de site gebruikt internationale tekens; de echte vorm is {0}.</translation>
    </message>
    <message>
        <source>This link comes from a message and opens outside the desk. Open it only if you trust where it goes.</source>
        <translation>Deze link komt uit een bericht en opent buiten de desk. Open hem alleen als je vertrouwt waar hij naartoe gaat.</translation>
    </message>
    <message>
        <source>This opens your e-mail program.</source>
        <translation>Dit opent je e-mailprogramma.</translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation>E-mail schrijven</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>Link not opened</source>
        <translation>Link niet geopend</translation>
    </message>
    <message>
        <source>The address could not be read.</source>
        <translation>Het adres kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>This link did not come from the message text.</source>
        <translation>Deze link komt niet uit de tekst van het bericht.</translation>
    </message>
    <message>
        <source>This link was not opened: {0}.

{1}</source>
        <translation>Deze link is niet geopend: {0}.

{1}</translation>
    </message>
</context>
<context>
    <name>LocalDataController</name>
    <message numerus="yes">
        <source>Retention: personal data older than {0} days was wiped from %n cached record(s).</source>
        <translation>
            <numerusform>Bewaartermijn: persoonsgegevens ouder dan {0} dagen zijn gewist uit %n record in de cache.</numerusform>
            <numerusform>Bewaartermijn: persoonsgegevens ouder dan {0} dagen zijn gewist uit %n records in de cache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindingen…</translation>
    </message>
    <message>
        <source>&amp;Data retention…</source>
        <translation>&amp;Bewaartermijn van gegevens…</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Team store…</source>
        <translation>Team&amp;database…</translation>
    </message>
    <message>
        <source>Opening the local cache…</source>
        <translation>De lokale cache wordt geopend…</translation>
    </message>
    <message>
        <source>Operator Desk</source>
        <translation>Operator Desk</translation>
    </message>
    <message>
        <source>Re&amp;move all local data…</source>
        <translation>Alle &amp;lokale gegevens verwijderen…</translation>
    </message>
    <message>
        <source>SANDBOX – demo marketplaces with generated data; nothing you do here reaches a real customer or seller.</source>
        <translation>SANDBOX – demomarktplaatsen met gegenereerde gegevens; niets wat je hier doet, bereikt een echte klant of verkoper.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Team &amp;rules…</source>
        <translation>Team&amp;regels…</translation>
    </message>
</context>
<context>
    <name>MarketRefundRules</name>
    <message>
        <source> days after shipment</source>
        <translation> dagen na verzending</translation>
    </message>
    <message>
        <source>Agents need approval above:</source>
        <translation>Agents hebben goedkeuring nodig boven:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <source>Refund window of market {0}</source>
        <translation>Terugbetalingstermijn van markt {0}</translation>
    </message>
    <message>
        <source>Refunds above a role&apos;s amount wait for a supervisor&apos;s approval; leave it empty for no limit. Amounts are in the market&apos;s currency, written as your language writes them.</source>
        <translation>Terugbetalingen boven het bedrag van een rol wachten op goedkeuring van een supervisor; laat het leeg voor geen limiet. Bedragen zijn in de valuta van de markt en worden geschreven zoals gebruikelijk in jouw taal.</translation>
    </message>
    <message>
        <source>Refunds allowed up to:</source>
        <translation>Terugbetalingen toegestaan tot:</translation>
    </message>
    <message>
        <source>Reviewers need approval above:</source>
        <translation>Beoordelaars hebben goedkeuring nodig boven:</translation>
    </message>
    <message>
        <source>Supervisors need approval above:</source>
        <translation>Supervisors hebben goedkeuring nodig boven:</translation>
    </message>
    <message>
        <source>The built-in defaults: nobody has changed them yet.</source>
        <translation>De ingebouwde standaardwaarden: nog niemand heeft ze gewijzigd.</translation>
    </message>
    <message>
        <source>Version {0}, saved by {1} on {2}.</source>
        <translation>Versie {0}, opgeslagen door {1} op {2}.</translation>
    </message>
    <message>
        <source>{0}: a limit cannot be negative.</source>
        <translation>{0}: een limiet kan niet negatief zijn.</translation>
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
        <translation>Synchronisatie annuleren</translation>
    </message>
    <message>
        <source>Last sync {0}</source>
        <translation>Laatste synchronisatie {0}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Stop the sync after the current page; what was fetched is kept and the next sync goes on from there.</source>
        <translation>De synchronisatie na de huidige pagina stoppen; wat al is opgehaald blijft bewaard en de volgende synchronisatie gaat daar verder.</translation>
    </message>
    <message>
        <source>Stopping the sync after the current page…</source>
        <translation>De synchronisatie stopt na de huidige pagina…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang van de synchronisatie</translation>
    </message>
    <message>
        <source>{0}: connecting…</source>
        <translation>{0}: verbinding maken…</translation>
    </message>
    <message>
        <source>{0}: no key stored for this connection – add it in the connection settings</source>
        <translation>{0}: geen sleutel opgeslagen voor deze verbinding – voeg hem toe in de verbindingsinstellingen</translation>
    </message>
    <message>
        <source>{0}: offline – showing cached data</source>
        <translation>{0}: offline – gecachete gegevens worden getoond</translation>
    </message>
    <message>
        <source>{0}: online</source>
        <translation>{0}: online</translation>
    </message>
    <message>
        <source>{0}: the key was refused – check the connection settings</source>
        <translation>{0}: de sleutel is geweigerd – controleer de verbindingsinstellingen</translation>
    </message>
    <message>
        <source>{0}: the marketplace is busy or in trouble; retrying</source>
        <translation>{0}: de marktplaats is druk of heeft problemen; opnieuw proberen</translation>
    </message>
    <message>
        <source>{0}: your role may not read this marketplace</source>
        <translation>{0}: jouw rol mag deze marktplaats niet lezen</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <source>A template needs a title and a text.</source>
        <translation>Een sjabloon heeft een titel en een tekst nodig.</translation>
    </message>
    <message>
        <source>Choose or type a topic.</source>
        <translation>Kies of typ een onderwerp.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The key is lower-case letters, digits and _ (it names the template in every language).</source>
        <translation>De sleutel bestaat uit kleine letters, cijfers en _ (hij benoemt het sjabloon in elke taal).</translation>
    </message>
    <message>
        <source>The same key in another language is the same template in that language: the desk offers the recipient&apos;s language first.</source>
        <translation>Dezelfde sleutel in een andere taal is hetzelfde sjabloon in die taal: de desk biedt eerst de taal van de ontvanger aan.</translation>
    </message>
    <message>
        <source>This template exists in this language already: edit it there.</source>
        <translation>Dit sjabloon bestaat al in deze taal: bewerk het daar.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>e.g. refund_partial_issued</source>
        <translation>bijv. refund_partial_issued</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Also show on the desktop</source>
        <translation>Ook op het bureaublad tonen</translation>
    </message>
    <message>
        <source>Answer due soon</source>
        <translation>Antwoord binnenkort verwacht</translation>
    </message>
    <message>
        <source>Approval waiting for you</source>
        <translation>Goedkeuring wacht op jou</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Desktop notifications need a notification area (system tray), which this desktop does not offer; they show here only.</source>
        <translation>Bureaubladmeldingen hebben een systeemvak (meldingsgebied) nodig, en dat biedt dit bureaublad niet; ze verschijnen alleen hier.</translation>
    </message>
    <message>
        <source>New customer message</source>
        <translation>Nieuw bericht van klant</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Notitie: {0}</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>The answer on {0} is due {1}.</source>
        <translation>Het antwoord op {0} moet er {1} zijn.</translation>
    </message>
    <message>
        <source>The customer wrote on {0}, which you are working on.</source>
        <translation>De klant schreef over {0}, waar jij mee bezig bent.</translation>
    </message>
    <message>
        <source>Your request was approved</source>
        <translation>Je aanvraag is goedgekeurd</translation>
    </message>
    <message>
        <source>Your request was declined</source>
        <translation>Je aanvraag is afgewezen</translation>
    </message>
    <message>
        <source>{0} approved {1} on {2}.</source>
        <translation>{0} heeft {1} op {2} goedgekeurd.</translation>
    </message>
    <message>
        <source>{0} asks to approve {1} on {2}.</source>
        <translation>{0} vraagt goedkeuring voor {1} op {2}.</translation>
    </message>
    <message>
        <source>{0} declined {1} on {2}.</source>
        <translation>{0} heeft {1} op {2} afgewezen.</translation>
    </message>
</context>
<context>
    <name>OpenIncidentDialog</name>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Open an incident</source>
        <translation>Incident openen</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Incident openen</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Bestelregel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>The seller and the customer see the new incident; it counts in the seller&apos;s statistics and freezes the order&apos;s cycle.</source>
        <translation>De verkoper en de klant zien het nieuwe incident; het telt mee in de statistieken van de verkoper en houdt de bestelcyclus tegen.</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <source>An incident was opened on order {0}; it appears after the next sync.</source>
        <translation>Er is een incident geopend bij bestelling {0}; het verschijnt na de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Incident not opened</source>
        <translation>Incident niet geopend</translation>
    </message>
    <message>
        <source>Incident not reopened</source>
        <translation>Incident niet heropend</translation>
    </message>
    <message>
        <source>Opening an incident on order {0}…</source>
        <translation>Incident bij bestelling {0} wordt geopend…</translation>
    </message>
    <message>
        <source>Reopening the incident on order {0}…</source>
        <translation>Incident bij bestelling {0} wordt heropend…</translation>
    </message>
    <message>
        <source>The incident on order {0} is reopened: a new incident was opened on the same line; it appears after the next sync.</source>
        <translation>Het incident bij bestelling {0} is heropend: er is een nieuw incident geopend op dezelfde regel; het verschijnt na de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The new incident on order {0} waits in the outbox; it is sent when market {1} can be reached.</source>
        <translation>Het nieuwe incident bij bestelling {0} wacht in de outbox; het wordt verzonden zodra markt {1} bereikbaar is.</translation>
    </message>
    <message>
        <source>The team store could not record the decision; see the log.</source>
        <translation>De teamdatabase kon de beslissing niet vastleggen; zie het logboek.</translation>
    </message>
    <message>
        <source>no incident was opened</source>
        <translation>er is geen incident geopend</translation>
    </message>
    <message>
        <source>the incident was not reopened</source>
        <translation>het incident is niet heropend</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>being placed</source>
        <translation>wordt geplaatst</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>incident closed</source>
        <translation>incident gesloten</translation>
    </message>
    <message>
        <source>incident open</source>
        <translation>incident open</translation>
    </message>
    <message>
        <source>ready for collection</source>
        <translation>klaar om op te halen</translation>
    </message>
    <message>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <source>refund payment pending</source>
        <translation>betaling van terugbetaling in behandeling</translation>
    </message>
    <message>
        <source>refund pending</source>
        <translation>terugbetaling in behandeling</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>terugbetaald</translation>
    </message>
    <message>
        <source>refused by the seller</source>
        <translation>door de verkoper geweigerd</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>to be shipped</source>
        <translation>te verzenden</translation>
    </message>
    <message>
        <source>waiting for payment</source>
        <translation>wacht op betaling</translation>
    </message>
    <message>
        <source>waiting for the seller</source>
        <translation>wacht op de verkoper</translation>
    </message>
</context>
<context>
    <name>OutboxChange</name>
    <message>
        <source>Incident status: you saw {0}, now it is {1}.</source>
        <translation>Status van het incident: je zag {0}, nu is het {1}.</translation>
    </message>
    <message>
        <source>It was sent but no answer came, and the marketplace does not show clearly whether it arrived ({0}). Check on the marketplace, then discard it or send it anyway.</source>
        <translation>De actie is verzonden, maar er kwam geen antwoord en de marktplaats laat niet duidelijk zien of ze is aangekomen ({0}). Controleer het op de marktplaats en verwerp de actie daarna of verzend ze toch.</translation>
    </message>
    <message>
        <source>Line {0}: you asked to refund {1}; {2} is left to refund.</source>
        <translation>Regel {0}: je wilde {1} terugbetalen; er is nog {2} terug te betalen.</translation>
    </message>
    <message>
        <source>Newest: “{0}”</source>
        <translation>Nieuwste: ‘{0}’</translation>
    </message>
    <message>
        <source>Shop state: the change needs {0}; the shop is {1} now.</source>
        <translation>Winkelstatus: de wijziging vereist {0}; de winkel is nu {1}.</translation>
    </message>
    <message numerus="yes">
        <source>The customer wrote %n new message(s) since you read the case.</source>
        <translation>
            <numerusform>De klant heeft %n nieuw bericht geschreven sinds je de zaak las.</numerusform>
            <numerusform>De klant heeft %n nieuwe berichten geschreven sinds je de zaak las.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is {0} now; it can no longer be refunded.</source>
        <translation>De bestelling is nu {0}; ze kan niet meer worden terugbetaald.</translation>
    </message>
    <message>
        <source>{0} no longer exists on the marketplace.</source>
        <translation>{0} bestaat niet meer op de marktplaats.</translation>
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
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Heeft je nodig</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
</context>
<context>
    <name>OutboxKind</name>
    <message>
        <source>Close incident</source>
        <translation>Incident sluiten</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Openhouden</translation>
    </message>
    <message>
        <source>Message to seller</source>
        <translation>Bericht aan verkoper</translation>
    </message>
    <message>
        <source>New thread on order</source>
        <translation>Nieuw gesprek over bestelling</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Incident openen</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <source>Shop closing window</source>
        <translation>Sluitingsperiode van winkel</translation>
    </message>
    <message>
        <source>Shop state</source>
        <translation>Winkelstatus</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>All markets</source>
        <translation>Alle markten</translation>
    </message>
    <message>
        <source>Cancel action…</source>
        <translation>Actie annuleren…</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>Actie annuleren</translation>
    </message>
    <message>
        <source>Cancel this action?</source>
        <translation>Deze actie annuleren?</translation>
    </message>
    <message>
        <source>Cancelled; it will not be sent.</source>
        <translation>Geannuleerd; de actie wordt niet verzonden.</translation>
    </message>
    <message>
        <source>Cannot read the outbox: {0}</source>
        <translation>De outbox kan niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Details: {0}</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Discard this action?</source>
        <translation>Deze actie verwerpen?</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerpen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>It can no longer be cancelled.</source>
        <translation>De actie kan niet meer worden geannuleerd.</translation>
    </message>
    <message>
        <source>It changed meanwhile.</source>
        <translation>De actie is intussen gewijzigd.</translation>
    </message>
    <message>
        <source>It had already reached the marketplace; it is marked as sent.</source>
        <translation>De actie was al bij de marktplaats aangekomen; ze staat als verzonden geregistreerd.</translation>
    </message>
    <message>
        <source>It is sent as it is.</source>
        <translation>De actie wordt ongewijzigd verzonden.</translation>
    </message>
    <message>
        <source>It is tried again now.</source>
        <translation>De actie wordt nu opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>It may already have reached the marketplace; the desk checks first and tells you.</source>
        <translation>Misschien is de actie al bij de marktplaats aangekomen; de desk controleert dat eerst en laat het je weten.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <source>Next try: {0}</source>
        <translation>Volgende poging: {0}</translation>
    </message>
    <message>
        <source>No answer came when it was sent; the desk found it on the marketplace afterwards.</source>
        <translation>Bij het verzenden kwam er geen antwoord; de desk heeft de actie daarna op de marktplaats gevonden.</translation>
    </message>
    <message>
        <source>Not saved: it was sent or changed meanwhile, or the text is empty.</source>
        <translation>Niet opgeslagen: de actie is intussen verzonden of gewijzigd, of de tekst is leeg.</translation>
    </message>
    <message>
        <source>Nothing here. Actions wait here while a marketplace cannot be reached, and stay listed once sent.</source>
        <translation>Hier staat niets. Acties wachten hier zolang een marktplaats niet bereikbaar is, en blijven in de lijst staan als ze verzonden zijn.</translation>
    </message>
    <message>
        <source>Outbox actions</source>
        <translation>Acties in de outbox</translation>
    </message>
    <message>
        <source>Queued: {0}</source>
        <translation>Toegevoegd: {0}</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Nu opnieuw proberen</translation>
    </message>
    <message>
        <source>Saved; it is checked again before it is sent.</source>
        <translation>Opgeslagen; de actie wordt vóór het verzenden opnieuw gecontroleerd.</translation>
    </message>
    <message>
        <source>Selected action in detail</source>
        <translation>Details van de geselecteerde actie</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Toch verzenden</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>Toch verzenden?</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>Toch verzenden…</translation>
    </message>
    <message>
        <source>Send what is due now</source>
        <translation>Nu verzenden wat klaarstaat</translation>
    </message>
    <message>
        <source>Sending what is due…</source>
        <translation>Verzenden wat klaarstaat…</translation>
    </message>
    <message>
        <source>Sent: {0}</source>
        <translation>Verzonden: {0}</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>State: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>The case changed since you decided:
{0}

Send the action as it is?</source>
        <translation>De zaak is gewijzigd sinds je besliste:
{0}

De actie ongewijzigd verzenden?</translation>
    </message>
    <message>
        <source>The case changed since you decided; nothing was sent:</source>
        <translation>De zaak is gewijzigd sinds je besliste; er is niets verzonden:</translation>
    </message>
    <message>
        <source>The marketplace answered: {0}</source>
        <translation>De marktplaats antwoordde: {0}</translation>
    </message>
    <message>
        <source>The marketplace cannot be read now, so the desk cannot tell whether it arrived; it was not cancelled. Try again later.</source>
        <translation>De marktplaats kan nu niet worden gelezen, dus de desk kan niet zien of de actie is aangekomen; ze is niet geannuleerd. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The outbox could not be changed: {0}</source>
        <translation>De outbox kon niet worden gewijzigd: {0}</translation>
    </message>
    <message>
        <source>Tries so far: {0}</source>
        <translation>Pogingen tot nu toe: {0}</translation>
    </message>
    <message>
        <source>Waits for action #{0} of the same case to be sent, cancelled or discarded first.</source>
        <translation>Wacht tot actie #{0} van dezelfde zaak is verzonden, geannuleerd of verworpen.</translation>
    </message>
    <message>
        <source>{0} on {1} (market {2})</source>
        <translation>{0}: {1} (markt {2})</translation>
    </message>
    <message>
        <source>{0} on {1} will not be sent.</source>
        <translation>De actie ‘{0}’ voor {1} wordt niet verzonden.</translation>
    </message>
</context>
<context>
    <name>OutboxProblem</name>
    <message>
        <source>An unexpected error happened; details are in the log.</source>
        <translation>Er is een onverwachte fout opgetreden; details staan in het logboek.</translation>
    </message>
    <message>
        <source>It was sent to market {0} but no answer came. The desk checks the marketplace before it sends anything again.</source>
        <translation>De actie is naar markt {0} verzonden, maar er kwam geen antwoord. De desk controleert de marktplaats voordat hij iets opnieuw verzendt.</translation>
    </message>
    <message>
        <source>Market {0} could not be reached; the desk tries again by itself.</source>
        <translation>Markt {0} was niet bereikbaar; de desk probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>Market {0} is busy or in trouble; the desk tries again by itself.</source>
        <translation>Markt {0} is druk of heeft problemen; de desk probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>Market {0} refused it.</source>
        <translation>Markt {0} heeft de actie geweigerd.</translation>
    </message>
    <message>
        <source>The key for market {0} was refused. Fix it in the connection settings; the action goes out afterwards.</source>
        <translation>De sleutel voor markt {0} is geweigerd. Corrigeer hem in de verbindingsinstellingen; daarna gaat de actie eruit.</translation>
    </message>
    <message>
        <source>The marketplace said: {0}</source>
        <translation>De marktplaats meldde: {0}</translation>
    </message>
    <message>
        <source>Your role on market {0} may not do this.</source>
        <translation>Jouw rol op markt {0} mag dit niet.</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Behind #{0}</source>
        <translation>Wacht op #{0}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Checking (sent, no answer)</source>
        <translation>Wordt gecontroleerd (verzonden, geen antwoord)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wordt verzonden</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
</context>
<context>
    <name>OutboxStatusButton</name>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n need(s) you</source>
        <translation>
            <numerusform>Outbox: %n heeft je nodig</numerusform>
            <numerusform>Outbox: %n hebben je nodig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n wacht</numerusform>
            <numerusform>Outbox: %n wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} waiting to be sent, {1} failed or in conflict. Click to open the outbox.</source>
        <translation>Wachten op verzending: {0}; mislukt of in conflict: {1}. Klik om de outbox te openen.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Laatste probleem</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Pogingen</translation>
    </message>
</context>
<context>
    <name>OutboxWaiting</name>
    <message>
        <source>conflict in the outbox</source>
        <translation>conflict in de outbox</translation>
    </message>
    <message>
        <source>failed in the outbox</source>
        <translation>mislukt in de outbox</translation>
    </message>
    <message>
        <source>pending in the outbox</source>
        <translation>wacht in de outbox</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wacht op goedkeuring</translation>
    </message>
    <message>
        <source>{0}: the marketplace refused it; it waits in the outbox. Retry or cancel it on the outbox page.</source>
        <translation>{0}: de marktplaats heeft de actie geweigerd; ze wacht in de outbox. Probeer het daar opnieuw of annuleer de actie.</translation>
    </message>
    <message>
        <source>{0}: waits for a supervisor&apos;s approval in the outbox.</source>
        <translation>{0}: wacht in de outbox op goedkeuring van een supervisor.</translation>
    </message>
    <message>
        <source>{0}: waits in the outbox because the case changed. Send it anyway or discard it on the outbox page.</source>
        <translation>{0}: wacht in de outbox omdat de zaak is gewijzigd. Verzend de actie daar toch of verwerp ze.</translation>
    </message>
    <message>
        <source>{0}: waits in the outbox until it is sent.</source>
        <translation>{0}: wacht in de outbox op verzending.</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>customer</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>verkoper</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>non-answer</source>
        <translation>nietszeggend antwoord</translation>
    </message>
    <message>
        <source>off-platform contact</source>
        <translation>contact buiten het platform</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>ProposeSanctionDialog</name>
    <message numerus="yes">
        <source>%n earlier sanction(s) in the recidivism window</source>
        <translation>
            <numerusform>%n eerdere sanctie in de recidiveperiode</numerusform>
            <numerusform>%n eerdere sancties in de recidiveperiode</numerusform>
        </translation>
    </message>
    <message>
        <source>End it automatically on its date (lift a restriction or suspension, carry out a termination)</source>
        <translation>Op de einddatum automatisch beëindigen (beperking of opschorting opheffen, beëindiging uitvoeren)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Evidence the sanction rests on:</source>
        <translation>Bewijs waarop de sanctie steunt:</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Maatregel:</translation>
    </message>
    <message>
        <source>Pick at least one piece of evidence.</source>
        <translation>Kies minstens één bewijsstuk.</translation>
    </message>
    <message>
        <source>Propose a sanction: {0}</source>
        <translation>Sanctie voorstellen: {0}</translation>
    </message>
    <message>
        <source>Propose for approval</source>
        <translation>Ter goedkeuring voorstellen</translation>
    </message>
    <message>
        <source>Rebuild text from the evidence</source>
        <translation>Tekst opnieuw opbouwen uit het bewijs</translation>
    </message>
    <message>
        <source>Statement in: {0} · {1}</source>
        <translation>Motivering in: {0} · {1}</translation>
    </message>
    <message>
        <source>Statement of reasons</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>The evidence or the measure changed; your edited text was kept. Rebuild it to include the change.</source>
        <translation>Het bewijs of de maatregel is gewijzigd; je bewerkte tekst is behouden. Bouw hem opnieuw op om de wijziging op te nemen.</translation>
    </message>
    <message>
        <source>{start} and {end} become the measure&apos;s dates when it is applied. The seller reads this text; message excerpts are quoted as they were written.</source>
        <translation>{start} en {end} worden de data van de maatregel wanneer die wordt toegepast. De verkoper leest deze tekst; fragmenten uit berichten worden geciteerd zoals ze zijn geschreven.</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation>Waarom het is overgeslagen</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>due now</source>
        <translation>nu verwacht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>you</source>
        <translation>jij</translation>
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
        <translation>Elke reden</translation>
    </message>
    <message>
        <source>Any seller</source>
        <translation>Elke verkoper</translation>
    </message>
    <message>
        <source>Customer reaction filter</source>
        <translation>Filter op reactie van de klant</translation>
    </message>
    <message>
        <source>Customer: any</source>
        <translation>Klant: alle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>Het gekozen opgeslagen filter verwijderen</translation>
    </message>
    <message>
        <source>Maximum order value</source>
        <translation>Maximale bestelwaarde</translation>
    </message>
    <message>
        <source>Minimum order value</source>
        <translation>Minimale bestelwaarde</translation>
    </message>
    <message>
        <source>Minimum waiting time in days</source>
        <translation>Minimale wachttijd in dagen</translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation>Naam voor deze filters:</translation>
    </message>
    <message>
        <source>Policy flag filter</source>
        <translation>Filter op beleidssignalen</translation>
    </message>
    <message>
        <source>Policy: any</source>
        <translation>Beleid: alle</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation>Filter op reden</translation>
    </message>
    <message>
        <source>Refund filter</source>
        <translation>Filter op terugbetaling</translation>
    </message>
    <message>
        <source>Refund: any</source>
        <translation>Terugbetaling: alle</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Reset these filters</source>
        <translation>Deze filters herstellen</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter opslaan</translation>
    </message>
    <message>
        <source>Save the current filters</source>
        <translation>De huidige filters opslaan</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Opgeslagen filters</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>Opgeslagen filters…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Seller filter</source>
        <translation>Filter op verkoper</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>elke leeftijd</translation>
    </message>
    <message>
        <source>customer silent</source>
        <translation>klant heeft niets geschreven</translation>
    </message>
    <message>
        <source>customer wrote after</source>
        <translation>klant schreef daarna</translation>
    </message>
    <message>
        <source>has a refund</source>
        <translation>met terugbetaling</translation>
    </message>
    <message>
        <source>no policy flags</source>
        <translation>zonder beleidssignalen</translation>
    </message>
    <message>
        <source>no refund</source>
        <translation>zonder terugbetaling</translation>
    </message>
    <message>
        <source>policy flags</source>
        <translation>met beleidssignalen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>value from</source>
        <translation>waarde van</translation>
    </message>
    <message>
        <source>waiting ≥ </source>
        <translation>wacht ≥ </translation>
    </message>
    <message>
        <source>“{0}” is not an amount</source>
        <translation>‘{0}’ is geen bedrag</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) exported to {0}.</source>
        <translation>
            <numerusform>%n incident geëxporteerd naar {0}.</numerusform>
            <numerusform>%n incidenten geëxporteerd naar {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Een collega</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Alle markten</translation>
    </message>
    <message>
        <source>All open incidents</source>
        <translation>Alle open incidenten</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Incident sluiten</translation>
    </message>
    <message>
        <source>Close the selected incidents</source>
        <translation>De geselecteerde incidenten sluiten</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Closed by me today</source>
        <translation>Vandaag door mij gesloten</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Betwist</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand weggeschreven.</translation>
    </message>
    <message>
        <source>Export the queue as CSV</source>
        <translation>Wachtrij exporteren als CSV</translation>
    </message>
    <message>
        <source>Export this view as CSV</source>
        <translation>Deze weergave exporteren als CSV</translation>
    </message>
    <message>
        <source>Exporting the queue…</source>
        <translation>Wachtrij wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Incident queue</source>
        <translation>Incidentenwachtrij</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Marked solved by the seller – waiting for us</source>
        <translation>Door de verkoper als opgelost gemarkeerd – wacht op ons</translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation>Filter op markt</translation>
    </message>
    <message>
        <source>Next unclaimed incident</source>
        <translation>Volgend incident zonder behandelaar</translation>
    </message>
    <message>
        <source>No incident matches these filters.</source>
        <translation>Geen incident past bij deze filters.</translation>
    </message>
    <message>
        <source>No incidents in this view.</source>
        <translation>Geen incidenten in deze weergave.</translation>
    </message>
    <message>
        <source>Nothing to check: no seller has marked an incident as solved.
New ones appear here after the next sync.</source>
        <translation>Niets te controleren: geen enkele verkoper heeft een incident als opgelost gemarkeerd.
Nieuwe verschijnen hier na de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Older messages of this case could not be loaded from market {0}; the cached part is shown.</source>
        <translation>Oudere berichten van deze zaak konden niet van markt {0} worden geladen; het gecachete deel wordt getoond.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Zaak openen</translation>
    </message>
    <message>
        <source>Previous incident</source>
        <translation>Vorig incident</translation>
    </message>
    <message>
        <source>Queue view</source>
        <translation>Weergave van de wachtrij</translation>
    </message>
    <message>
        <source>Search order, customer, e-mail, seller, incident</source>
        <translation>Zoek bestelling, klant, e-mail, verkoper, incident</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Wachtrij doorzoeken</translation>
    </message>
    <message>
        <source>Show more filters</source>
        <translation>Meer filters tonen</translation>
    </message>
    <message>
        <source>The export failed: {0}. No file was written.</source>
        <translation>Het exporteren is mislukt: {0}. Er is geen bestand weggeschreven.</translation>
    </message>
    <message>
        <source>The queue could not be read from the local cache: {0}</source>
        <translation>De wachtrij kon niet uit de lokale cache worden gelezen: {0}</translation>
    </message>
    <message>
        <source>Who is working on this case</source>
        <translation>Wie met deze zaak bezig is</translation>
    </message>
    <message>
        <source>{0} is working on this case. You can read it; decide only after talking to them.</source>
        <translation>{0} is met deze zaak bezig. Je kunt hem lezen; beslis pas nadat je met die persoon hebt overlegd.</translation>
    </message>
    <message>
        <source>{0} of {1} incidents written…</source>
        <translation>{0} van {1} incidenten weggeschreven…</translation>
    </message>
</context>
<context>
    <name>RefundAmounts</name>
    <message>
        <source>&apos;{text}&apos; could be read two ways (thousands or decimals): write &apos;{hint}&apos; for {digits} whole units, or use &apos;{decimal}&apos; for decimals.</source>
        <translation>‘{text}’ kan op twee manieren worden gelezen (duizendtallen of decimalen): schrijf ‘{hint}’ voor {digits} hele eenheden, of gebruik ‘{decimal}’ voor decimalen.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation>‘{text}’ is geen bedrag.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not how this language writes an amount: did you mean &apos;{hint}&apos;? (decimal separator &apos;{decimal}&apos;)</source>
        <translation>‘{text}’ is niet hoe je in deze taal een bedrag schrijft: bedoelde je ‘{hint}’? (decimaalteken ‘{decimal}’)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not how this language writes an amount: write it like {example}.</source>
        <translation>‘{text}’ is niet hoe je in deze taal een bedrag schrijft: schrijf het als {example}.</translation>
    </message>
    <message>
        <source>Type an amount.</source>
        <translation>Typ een bedrag.</translation>
    </message>
    <message>
        <source>{currency} amounts have {allowed} decimals at most; &apos;{text}&apos; has more.</source>
        <translation>Bedragen in {currency} hebben hoogstens {allowed} decimalen; ‘{text}’ heeft er meer.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>A refund was made on this order since you opened it (by a colleague, or the seller). Nothing was sent. The figures are updated: check what is left and choose again.</source>
        <translation>Sinds je dit venster opende, is er op deze bestelling terugbetaald (door een collega of de verkoper). Er is niets verzonden. De bedragen zijn bijgewerkt: bekijk wat er over is en kies opnieuw.</translation>
    </message>
    <message>
        <source>Amount for the whole order</source>
        <translation>Bedrag voor de hele bestelling</translation>
    </message>
    <message>
        <source>Amount for the whole order:</source>
        <translation>Bedrag voor de hele bestelling:</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>Figures from the local cache: the marketplace could not be asked now. They are checked against the marketplace again before anything is sent.</source>
        <translation>Bedragen uit de lokale cache: de marktplaats kon nu niet worden bevraagd. Ze worden vóór het verzenden opnieuw bij de marktplaats gecontroleerd.</translation>
    </message>
    <message>
        <source>Figures from the local cache; checking with the marketplace…</source>
        <translation>Bedragen uit de lokale cache; controle bij de marktplaats loopt…</translation>
    </message>
    <message>
        <source>Figures read from the marketplace at {0}.</source>
        <translation>Bedragen om {0} bij de marktplaats opgehaald.</translation>
    </message>
    <message>
        <source>Loading order {0}…</source>
        <translation>Bestelling {0} wordt geladen…</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Berichtsjabloon</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>Bericht aan de klant</translation>
    </message>
    <message>
        <source>Message to the customer (in {0})</source>
        <translation>Bericht aan de klant (in het {0})</translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval (your limit is {0}), but the team store cannot be reached now.</source>
        <translation>Heeft goedkeuring van een supervisor nodig (je limiet is {0}), maar de teamdatabase is nu niet bereikbaar.</translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval: your limit is {0}.</source>
        <translation>Heeft goedkeuring van een supervisor nodig: je limiet is {0}.</translation>
    </message>
    <message>
        <source>No refund templates in this language</source>
        <translation>Geen terugbetalingssjablonen in deze taal</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Geen sjabloon</translation>
    </message>
    <message>
        <source>Not allowed: {0}</source>
        <translation>Niet toegestaan: {0}</translation>
    </message>
    <message>
        <source>Optional. The platform notifies the customer of the refund automatically; add your own words here if you like.</source>
        <translation>Optioneel. Het platform meldt de terugbetaling automatisch aan de klant; voeg hier desgewenst je eigen woorden toe.</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestelregels</translation>
    </message>
    <message>
        <source>Order {0} · {1} · customer {2} · market {3} · {4}</source>
        <translation>Bestelling {0} · {1} · klant {2} · markt {3} · {4}</translation>
    </message>
    <message>
        <source>Partial amount per line</source>
        <translation>Deelbedrag per regel</translation>
    </message>
    <message>
        <source>Personal message to the customer</source>
        <translation>Persoonlijk bericht aan de klant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetalen</translation>
    </message>
    <message>
        <source>Refund reason</source>
        <translation>Reden van terugbetaling</translation>
    </message>
    <message>
        <source>Refund {0}</source>
        <translation>{0} terugbetalen</translation>
    </message>
    <message>
        <source>Refunded {0}. The customer is notified by the platform; its notice shows in the thread after the next sync.</source>
        <translation>{0} terugbetaald. Het platform licht de klant in; die melding verschijnt na de volgende synchronisatie in het gesprek.</translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation>Goedkeuring aanvragen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <source>Sent to a supervisor for approval (request {0}). You are notified when it is decided; nothing is refunded until then.</source>
        <translation>Ter goedkeuring naar een supervisor gestuurd (aanvraag {0}). Je krijgt een melding zodra er is beslist; tot dan wordt er niets terugbetaald.</translation>
    </message>
    <message>
        <source>Shipping costs</source>
        <translation>Verzendkosten</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>The figures changed since the dialog opened: a refund was made meanwhile. What is left is updated.</source>
        <translation>De bedragen zijn gewijzigd sinds het venster openging: intussen is er terugbetaald. Wat er over is, is bijgewerkt.</translation>
    </message>
    <message>
        <source>The marketplace did not confirm the refund ({0}). It may have been made or not: before refunding again, reopen the refund - it reads the order back and shows what is left.</source>
        <translation>De marktplaats heeft de terugbetaling niet bevestigd ({0}). Ze kan wel of niet zijn gedaan: open de terugbetaling opnieuw voordat je nog eens terugbetaalt – die leest de bestelling opnieuw en toont wat er over is.</translation>
    </message>
    <message>
        <source>The marketplace refused the refund: {0}. Nothing was refunded.</source>
        <translation>De marktplaats heeft de terugbetaling geweigerd: {0}. Er is niets terugbetaald.</translation>
    </message>
    <message>
        <source>The marketplace refused this desk&apos;s key. Nothing was refunded; check the key in the connection settings.</source>
        <translation>De marktplaats heeft de sleutel van deze desk geweigerd. Er is niets terugbetaald; controleer de sleutel in de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>The order cannot be shown: {0}</source>
        <translation>De bestelling kan niet worden getoond: {0}</translation>
    </message>
    <message>
        <source>The order changed since you read it: {0}. The refund waits in the outbox; send it anyway or discard it there.</source>
        <translation>De bestelling is gewijzigd sinds je ze las: {0}. De terugbetaling wacht in de outbox; verzend ze daar toch of verwerp ze.</translation>
    </message>
    <message>
        <source>The order is not in the local cache; sync and try again.</source>
        <translation>De bestelling staat niet in de lokale cache; synchroniseer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The refund did not happen ({0}): {1}</source>
        <translation>De terugbetaling is niet gedaan ({0}): {1}</translation>
    </message>
    <message>
        <source>The refund failed unexpectedly: {0}. Details are in the log.</source>
        <translation>De terugbetaling is onverwacht mislukt: {0}. Details staan in het logboek.</translation>
    </message>
    <message>
        <source>The refund of {0} is queued and goes out as soon as the marketplace is reachable.</source>
        <translation>De terugbetaling van {0} staat in de wachtrij en gaat eruit zodra de marktplaats bereikbaar is.</translation>
    </message>
    <message>
        <source>This approved refund is in the outbox already, so it was not queued a second time ({0}). Retry, send or cancel it on the outbox page.</source>
        <translation>Deze goedgekeurde terugbetaling staat al in de outbox en is daarom niet nog een keer in de wachtrij gezet ({0}). Probeer het daar opnieuw, verzend ze of annuleer ze.</translation>
    </message>
    <message>
        <source>This approved refund was sent already, so it was not sent again ({0}).</source>
        <translation>Deze goedgekeurde terugbetaling was al verzonden en is daarom niet opnieuw verzonden ({0}).</translation>
    </message>
    <message>
        <source>This refund needs a supervisor&apos;s approval, but the team store cannot be reached. Nothing was sent or requested; try again when it is back.</source>
        <translation>Deze terugbetaling heeft goedkeuring van een supervisor nodig, maar de teamdatabase is niet bereikbaar. Er is niets verzonden of aangevraagd; probeer het opnieuw zodra ze terug is.</translation>
    </message>
    <message>
        <source>To refund now: {0}</source>
        <translation>Nu terug te betalen: {0}</translation>
    </message>
    <message>
        <source>Units of products</source>
        <translation>Aantal stuks</translation>
    </message>
    <message>
        <source>Whole remaining order</source>
        <translation>Hele resterende bestelling</translation>
    </message>
    <message>
        <source>Within your limit of {0}.</source>
        <translation>Binnen je limiet van {0}.</translation>
    </message>
    <message>
        <source>Your personal message was not sent ({0}); write it from the conversation.</source>
        <translation>Je persoonlijke bericht is niet verzonden ({0}); schrijf het vanuit het gesprek.</translation>
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
        <translation>Over</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Regel {0}: {1}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Pending refunds count against what is left: the money is on its way.</source>
        <translation>Lopende terugbetalingen tellen mee bij wat er over is: het geld is onderweg.</translation>
    </message>
    <message>
        <source>Products now</source>
        <translation>Producten nu</translation>
    </message>
    <message>
        <source>Products {0} (unit price {1}), shipping {2}; amounts include tax.</source>
        <translation>Producten {0} (stukprijs {1}), verzending {2}; bedragen inclusief belasting.</translation>
    </message>
    <message>
        <source>Products {0}, shipping {1}</source>
        <translation>Producten {0}, verzending {1}</translation>
    </message>
    <message>
        <source>Refunded so far</source>
        <translation>Tot nu toe terugbetaald</translation>
    </message>
    <message>
        <source>Shipping now</source>
        <translation>Verzending nu</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stuks</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} van {1}</translation>
    </message>
</context>
<context>
    <name>RefundRules</name>
    <message>
        <source>Choose a refund reason.</source>
        <translation>Kies een reden van terugbetaling.</translation>
    </message>
    <message>
        <source>Line not shipped — line {line} is {state}: only shipped lines can be refunded.</source>
        <translation>Regel niet verzonden – regel {line} is {state}: alleen verzonden regels kunnen worden terugbetaald.</translation>
    </message>
    <message>
        <source>Line {line} is not part of order {order}.</source>
        <translation>Regel {line} hoort niet bij bestelling {order}.</translation>
    </message>
    <message>
        <source>Line {line}: more units than are left to refund (chosen: {units}, left: {left}).</source>
        <translation>Regel {line}: meer stuks dan er nog terug te betalen zijn (gekozen: {units}, over: {left}).</translation>
    </message>
    <message>
        <source>Line {line}: refund amounts must be more than zero ({amount} is not).</source>
        <translation>Regel {line}: terugbetalingsbedragen moeten groter zijn dan nul ({amount} is dat niet).</translation>
    </message>
    <message>
        <source>Line {line}: the amount is in {currency}, the order in {order_currency}; a refund is paid in the order&apos;s currency.</source>
        <translation>Regel {line}: het bedrag is in {currency}, de bestelling in {order_currency}; een terugbetaling gebeurt in de valuta van de bestelling.</translation>
    </message>
    <message>
        <source>Line {line}: {amount} has more decimals than {currency} has ({digits}).</source>
        <translation>Regel {line}: {amount} heeft meer decimalen dan {currency} heeft ({digits}).</translation>
    </message>
    <message>
        <source>Not above what is left — line {line}: {amount} is more than the {left} left on its products (paid {paid}, refunded {refunded}).</source>
        <translation>Niet meer dan er over is – regel {line}: {amount} is meer dan de {left} die op de producten over is (betaald {paid}, terugbetaald {refunded}).</translation>
    </message>
    <message>
        <source>Not above what is left — line {line}: {amount} of shipping is more than the {left} of shipping left (paid {paid}, refunded {refunded}).</source>
        <translation>Niet meer dan er over is – regel {line}: {amount} aan verzending is meer dan de {left} aan verzending die over is (betaald {paid}, terugbetaald {refunded}).</translation>
    </message>
    <message>
        <source>Nothing to refund yet: choose an amount, units or shipping costs.</source>
        <translation>Nog niets terug te betalen: kies een bedrag, stuks of verzendkosten.</translation>
    </message>
    <message>
        <source>Order {order} is {state}: the marketplace refuses refunds on closed and canceled orders.</source>
        <translation>Bestelling {order} is {state}: de marktplaats weigert terugbetalingen op afgesloten en geannuleerde bestellingen.</translation>
    </message>
    <message>
        <source>Reason {reason} is not a refund reason (the platform&apos;s type REFUND).</source>
        <translation>Reden {reason} is geen reden van terugbetaling (type REFUND van het platform).</translation>
    </message>
    <message>
        <source>Too late — line {line} was shipped on {shipped}, {days} days ago: market {market} allows refunds up to {window} days after shipment.</source>
        <translation>Te laat – regel {line} is op {shipped} verzonden, {days} dagen geleden: markt {market} staat terugbetalingen toe tot {window} dagen na verzending.</translation>
    </message>
</context>
<context>
    <name>RefundState</name>
    <message>
        <source>awaiting tax check</source>
        <translation>wacht op belastingcontrole</translation>
    </message>
    <message>
        <source>payment pending</source>
        <translation>betaling in behandeling</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>terugbetaald</translation>
    </message>
    <message>
        <source>refused, not counted</source>
        <translation>geweigerd, telt niet mee</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
    </message>
</context>
<context>
    <name>RemoveDataDialog</name>
    <message>
        <source>Checking the export file…</source>
        <translation>Exportbestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Choose export file…</source>
        <translation>Exportbestand kiezen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Export the outbox and team store to</source>
        <translation>Outbox en teamdatabase exporteren naar</translation>
    </message>
    <message>
        <source>Export to: (not chosen)</source>
        <translation>Exporteren naar: (niet gekozen)</translation>
    </message>
    <message>
        <source>Export to: {0}</source>
        <translation>Exporteren naar: {0}</translation>
    </message>
    <message>
        <source>Exported {0} to {1} ({2}).</source>
        <translation>{0} geëxporteerd naar {1} ({2}).</translation>
    </message>
    <message>
        <source>Files: {0}</source>
        <translation>Bestanden: {0}</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Ik begrijp dat dit niet ongedaan kan worden gemaakt</translation>
    </message>
    <message>
        <source>Kept {0}: {1}</source>
        <translation>Bewaard: {0}: {1}</translation>
    </message>
    <message>
        <source>Looking at the local data…</source>
        <translation>De lokale gegevens worden bekeken…</translation>
    </message>
    <message>
        <source>Nothing more was removed: {0}</source>
        <translation>Er is niets meer verwijderd: {0}</translation>
    </message>
    <message>
        <source>Operator Desk closes now: it has no local data left to work with. Start it again to work with fresh data from the marketplaces.</source>
        <translation>Operator Desk sluit nu af: er zijn geen lokale gegevens meer om mee te werken. Start Operator Desk opnieuw om met verse gegevens van de marktplaatsen te werken.</translation>
    </message>
    <message>
        <source>Quit Operator Desk</source>
        <translation>Operator Desk afsluiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove all local data</source>
        <translation>Alle lokale gegevens verwijderen</translation>
    </message>
    <message>
        <source>Removed {0} ({1}).</source>
        <translation>{0} verwijderd ({1}).</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Bezig met verwijderen…</translation>
    </message>
    <message>
        <source>Settings, logs and the keys in the system keyring stay.</source>
        <translation>Instellingen, logboeken en de sleutels in de sleutelhanger van het systeem blijven staan.</translation>
    </message>
    <message>
        <source>The desk has stopped working with its data for the removal: choose another export file and remove again, or quit and start the desk again.</source>
        <translation>De desk werkt voor het verwijderen niet meer met zijn gegevens: kies een ander exportbestand en verwijder opnieuw, of sluit de desk af en start hem opnieuw.</translation>
    </message>
    <message>
        <source>The desk stops syncing and sending before the removal and closes when it is done.</source>
        <translation>De desk stopt vóór het verwijderen met synchroniseren en verzenden en sluit af zodra hij klaar is.</translation>
    </message>
    <message>
        <source>The embedded sandbox&apos;s demo marketplace stays: its data is generated and describes no real person. What the desk copied from it (cache, outbox, team store) is removed with the rest.</source>
        <translation>De demomarktplaats van de ingebouwde sandbox blijft staan: de gegevens ervan zijn gegenereerd en beschrijven geen echte persoon. Wat de desk ervan heeft gekopieerd (cache, outbox, teamdatabase), wordt met de rest verwijderd.</translation>
    </message>
    <message>
        <source>There is no local data to remove.</source>
        <translation>Er zijn geen lokale gegevens om te verwijderen.</translation>
    </message>
    <message>
        <source>This removes from this computer:</source>
        <translation>Dit verwijdert van deze computer:</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-archieven (*.zip)</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>bijlagen</translation>
    </message>
    <message>
        <source>drafts</source>
        <translation>concepten</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>the cache</source>
        <translation>de cache</translation>
    </message>
    <message>
        <source>the outbox</source>
        <translation>de outbox</translation>
    </message>
    <message>
        <source>the team store</source>
        <translation>de teamdatabase</translation>
    </message>
    <message numerus="yes">
        <source>• %n unsent reply draft(s), after exporting them to a file you choose</source>
        <translation>
            <numerusform>• %n niet-verzonden conceptantwoord, nadat het is geëxporteerd naar een bestand dat je kiest</numerusform>
            <numerusform>• %n niet-verzonden conceptantwoorden, nadat ze zijn geëxporteerd naar een bestand dat je kiest</numerusform>
        </translation>
    </message>
    <message>
        <source>• downloaded attachments ({0})</source>
        <translation>• gedownloade bijlagen ({0})</translation>
    </message>
    <message>
        <source>• the cache of marketplace data ({0}); it fills again from the marketplaces</source>
        <translation>• de cache met marktplaatsgegevens ({0}); die vult zich weer vanuit de marktplaatsen</translation>
    </message>
    <message>
        <source>• the local team store (decisions, approvals, templates, audit log), after exporting it to a file you choose</source>
        <translation>• de lokale teamdatabase (beslissingen, goedkeuringen, sjablonen, auditlogboek), nadat die is geëxporteerd naar een bestand dat je kiest</translation>
    </message>
    <message>
        <source>• the local team store, which holds nothing of yours yet</source>
        <translation>• de lokale teamdatabase, waarin nog niets van jou staat</translation>
    </message>
    <message>
        <source>• the outbox (the actions this desk sent, and those still waiting, which will not be sent), after exporting it to a file you choose</source>
        <translation>• de outbox (de acties die deze desk heeft verzonden, en de acties die nog wachten en dan niet meer worden verzonden), nadat die is geëxporteerd naar een bestand dat je kiest</translation>
    </message>
    <message>
        <source>• the outbox, which holds no action</source>
        <translation>• de outbox, waarin geen acties staan</translation>
    </message>
</context>
<context>
    <name>ReopenIncidentDialog</name>
    <message>
        <source>(date unknown)</source>
        <translation>(datum onbekend)</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>Closed incident</source>
        <translation>Gesloten incident</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Reason for the new incident</source>
        <translation>Reden voor het nieuwe incident</translation>
    </message>
    <message>
        <source>Reopen an incident</source>
        <translation>Een incident heropenen</translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation>Incident heropenen</translation>
    </message>
    <message>
        <source>The marketplace cannot reopen a closed incident: a new incident is opened on the same line of order {0}. The seller and the customer see it; it counts in the seller&apos;s statistics and freezes the order&apos;s cycle. The closed incident keeps its history, and your reason is recorded for the team.</source>
        <translation>De marktplaats kan een gesloten incident niet heropenen: er wordt een nieuw incident geopend op dezelfde regel van bestelling {0}. De verkoper en de klant zien het; het telt mee in de statistieken van de verkoper en houdt de bestelcyclus tegen. Het gesloten incident behoudt zijn geschiedenis, en je reden wordt voor het team vastgelegd.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Why it was closed too early (for the team record; required)</source>
        <translation>Waarom het te vroeg is gesloten (wordt voor het team vastgelegd; verplicht)</translation>
    </message>
    <message>
        <source>Why the incident is reopened</source>
        <translation>Waarom het incident wordt heropend</translation>
    </message>
    <message>
        <source>{0} · closed {1}</source>
        <translation>{0} · gesloten {1}</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Bijvoegen…</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nieuw gesprek</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Verzenden…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <source>An attachment could not be read: {0}</source>
        <translation>Een bijlage kon niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>An attachment is larger than 10 MB; nothing was sent.</source>
        <translation>Een bijlage is groter dan 10 MB; er is niets verzonden.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation>Bijgevoegd: {0}</translation>
    </message>
    <message>
        <source>Attachments: {0}</source>
        <translation>Bijlagen: {0}</translation>
    </message>
    <message>
        <source>Check who receives it, then send (Ctrl+Return)</source>
        <translation>Controleer wie het ontvangt en verzend dan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Kies een sjabloon…</translation>
    </message>
    <message>
        <source>Choose who receives the message.</source>
        <translation>Kies wie het bericht ontvangt.</translation>
    </message>
    <message>
        <source>Customer ({0})</source>
        <translation>Klant ({0})</translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation>Concept hersteld</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Concept opgeslagen</translation>
    </message>
    <message>
        <source>Give the new conversation a subject.</source>
        <translation>Geef het nieuwe gesprek een onderwerp.</translation>
    </message>
    <message>
        <source>Insert a template; the recipient&apos;s language is offered first</source>
        <translation>Een sjabloon invoegen; de taal van de ontvanger wordt eerst aangeboden</translation>
    </message>
    <message>
        <source>Market {0} cannot be reached; the message was not sent. Your text is kept as a draft.</source>
        <translation>Markt {0} is niet bereikbaar; het bericht is niet verzonden. Je tekst blijft bewaard als concept.</translation>
    </message>
    <message>
        <source>Market {0} did not accept the message; nothing was sent. Your text is kept as a draft.</source>
        <translation>Markt {0} heeft het bericht niet aangenomen; er is niets verzonden. Je tekst blijft bewaard als concept.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Bericht verzonden.</translation>
    </message>
    <message>
        <source>No templates</source>
        <translation>Geen sjablonen</translation>
    </message>
    <message>
        <source>No templates (team store not open)</source>
        <translation>Geen sjablonen (teamdatabase niet geopend)</translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation>Bijlagen verwijderen</translation>
    </message>
    <message>
        <source>Seller ({0})</source>
        <translation>Verkoper ({0})</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <source>Send this message?</source>
        <translation>Dit bericht verzenden?</translation>
    </message>
    <message>
        <source>Send to the customer</source>
        <translation>Naar de klant verzenden</translation>
    </message>
    <message>
        <source>Send to the seller</source>
        <translation>Naar de verkoper verzenden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Bezig met verzenden…</translation>
    </message>
    <message>
        <source>Start a new conversation on this order (or with this seller) instead of replying here</source>
        <translation>Een nieuw gesprek over deze bestelling (of met deze verkoper) beginnen in plaats van hier te antwoorden</translation>
    </message>
    <message>
        <source>Subject of the new conversation</source>
        <translation>Onderwerp van het nieuwe gesprek</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>The draft could not be saved: {0}</source>
        <translation>Het concept kon niet worden opgeslagen: {0}</translation>
    </message>
    <message>
        <source>The marketplace said: {0}</source>
        <translation>De marktplaats meldde: {0}</translation>
    </message>
    <message>
        <source>The message could not be sent: {0}</source>
        <translation>Het bericht kon niet worden verzonden: {0}</translation>
    </message>
    <message>
        <source>The message waits in the outbox; it is sent when the marketplace can be reached.</source>
        <translation>Het bericht wacht in de outbox; het wordt verzonden zodra de marktplaats bereikbaar is.</translation>
    </message>
    <message>
        <source>This message starts a new conversation “{0}” with:</source>
        <translation>Dit bericht begint een nieuw gesprek ‘{0}’ met:</translation>
    </message>
    <message>
        <source>This message will be sent to:</source>
        <translation>Dit bericht wordt verzonden naar:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>Schrijf eerst een bericht.</translation>
    </message>
    <message>
        <source>Write to the customer or the seller…</source>
        <translation>Schrijf naar de klant of de verkoper…</translation>
    </message>
    <message>
        <source>Your operator team sees it too; nobody else does.</source>
        <translation>Je operatorteam ziet het ook; verder niemand.</translation>
    </message>
    <message>
        <source>Your role on market {0} may not send messages.</source>
        <translation>Jouw rol op markt {0} mag geen berichten verzenden.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Bewaartermijn van gegevens</translation>
    </message>
    <message>
        <source>Never wipe it (not recommended)</source>
        <translation>Nooit wissen (niet aanbevolen)</translation>
    </message>
    <message>
        <source>Personal data then stays in the cache for as long as the desk is used.</source>
        <translation>Persoonsgegevens blijven dan in de cache staan zolang de desk wordt gebruikt.</translation>
    </message>
    <message>
        <source>Retention period in days</source>
        <translation>Bewaartermijn in dagen</translation>
    </message>
    <message>
        <source>The cache keeps customers&apos; and sellers&apos; names, e-mail addresses, messages and tracking numbers. After the retention period they are wiped from it; ids, states, dates and amounts stay, and so do cases still open. The audit log is not affected: it holds ids, actions and amounts only.</source>
        <translation>De cache bewaart namen, e-mailadressen, berichten en trackingnummers van klanten en verkopers. Na de bewaartermijn worden die eruit gewist; ID&apos;s, statussen, datums en bedragen blijven staan, net als zaken die nog open zijn. Het auditlogboek valt hier niet onder: daarin staan alleen ID&apos;s, acties en bedragen.</translation>
    </message>
    <message>
        <source>The period applies now and whenever the desk starts.</source>
        <translation>De termijn geldt meteen en telkens wanneer de desk start.</translation>
    </message>
    <message>
        <source>Wipe cached personal data after</source>
        <translation>Persoonsgegevens in de cache wissen na</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>This key does not belong to an operator user, so it may not {0}.</source>
        <translation>Deze sleutel hoort niet bij een gebruiker van de operator en mag daarom niet: {0}.</translation>
    </message>
    <message>
        <source>Your role ({0}) may not {1}; this takes the role: {2}.</source>
        <translation>Jouw rol ({0}) mag niet: {1}; daarvoor is deze rol nodig: {2}.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Jouw rol mag dit niet.</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>apply sanctions</source>
        <translation>sancties toepassen</translation>
    </message>
    <message>
        <source>approve refunds</source>
        <translation>terugbetalingen goedkeuren</translation>
    </message>
    <message>
        <source>approve sanctions</source>
        <translation>sancties goedkeuren</translation>
    </message>
    <message>
        <source>change a shop&apos;s state</source>
        <translation>de status van een winkel wijzigen</translation>
    </message>
    <message>
        <source>close incidents</source>
        <translation>incidenten sluiten</translation>
    </message>
    <message>
        <source>edit reply templates</source>
        <translation>antwoordsjablonen bewerken</translation>
    </message>
    <message>
        <source>edit rule settings</source>
        <translation>regelinstellingen wijzigen</translation>
    </message>
    <message>
        <source>keep incidents open</source>
        <translation>incidenten openhouden</translation>
    </message>
    <message>
        <source>open incidents</source>
        <translation>incidenten openen</translation>
    </message>
    <message>
        <source>propose sanctions</source>
        <translation>sancties voorstellen</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>terugbetalen</translation>
    </message>
    <message>
        <source>reply to messages</source>
        <translation>berichten beantwoorden</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>beoordelaar</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>view cases</source>
        <translation>zaken bekijken</translation>
    </message>
</context>
<context>
    <name>Sanction</name>
    <message>
        <source>Approved, not applied</source>
        <translation>Goedgekeurd, niet toegepast</translation>
    </message>
    <message>
        <source>Breach: {0}</source>
        <translation>Overtreding: {0}</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Van kracht</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Opgeheven</translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation>Opgezegd, termijn loopt</translation>
    </message>
    <message>
        <source>Restriction of selling rights</source>
        <translation>Beperking van de verkooprechten</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Temporary suspension</source>
        <translation>Tijdelijke opschorting</translation>
    </message>
    <message>
        <source>Termination (30 days&apos; notice)</source>
        <translation>Beëindiging (30 dagen opzegtermijn)</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>appeal open</source>
        <translation>bezwaar open</translation>
    </message>
    <message>
        <source>appeal rejected</source>
        <translation>bezwaar afgewezen</translation>
    </message>
    <message>
        <source>appeal upheld</source>
        <translation>bezwaar toegekend</translation>
    </message>
    <message>
        <source>refused by the marketplace</source>
        <translation>door de marktplaats geweigerd</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wacht op verzending</translation>
    </message>
    <message>
        <source>{0} ({1} days)</source>
        <translation>{0} ({1} dagen)</translation>
    </message>
</context>
<context>
    <name>SanctionTableModel</name>
    <message>
        <source>Appeals</source>
        <translation>Bezwaren</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Voorgesteld door</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>In business hours of the market, over {0} answered questions</source>
        <translation>In werkuren van de markt, over {0} beantwoorde vragen</translation>
    </message>
    <message>
        <source>The platform reports an average in calendar hours.</source>
        <translation>Het platform meldt een gemiddelde in kalenderuren.</translation>
    </message>
    <message>
        <source>also in: {0}</source>
        <translation>ook in: {0}</translation>
    </message>
    <message>
        <source>{0} (average)</source>
        <translation>{0} (gemiddeld)</translation>
    </message>
    <message>
        <source>{0} late of {1} questions answered or overdue</source>
        <translation>{0} te laat van {1} beantwoorde of verlopen vragen</translation>
    </message>
    <message>
        <source>{0} of {1} accepted order lines had an incident</source>
        <translation>{0} van {1} geaccepteerde bestelregels hadden een incident</translation>
    </message>
    <message>
        <source>{0} of {1} accepted order lines were refunded</source>
        <translation>{0} van {1} geaccepteerde bestelregels zijn terugbetaald</translation>
    </message>
    <message>
        <source>{0} of {1} incidents marked solved by the seller did not stay solved</source>
        <translation>{0} van {1} door de verkoper als opgelost gemarkeerde incidenten bleven niet opgelost</translation>
    </message>
    <message>
        <source>{0} · shop {1} · {2} · last {3} days</source>
        <translation>{0} · winkel {1} · {2} · laatste {3} dagen</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <source>Across markets (shops of the same name)</source>
        <translation>Over markten heen (winkels met dezelfde naam)</translation>
    </message>
    <message>
        <source>Apply on the marketplace</source>
        <translation>Op de marktplaats toepassen</translation>
    </message>
    <message>
        <source>Approve or decline…</source>
        <translation>Goedkeuren of afwijzen…</translation>
    </message>
    <message>
        <source>Decide appeal…</source>
        <translation>Over bezwaar beslissen…</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Opheffen</translation>
    </message>
    <message>
        <source>Propose sanction…</source>
        <translation>Sanctie voorstellen…</translation>
    </message>
    <message>
        <source>Record appeal…</source>
        <translation>Bezwaar vastleggen…</translation>
    </message>
    <message>
        <source>Resend statement</source>
        <translation>Motivering opnieuw verzenden</translation>
    </message>
    <message>
        <source>Sanction history</source>
        <translation>Sanctiegeschiedenis</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sancties</translation>
    </message>
    <message>
        <source>Select a seller to see the scorecard.</source>
        <translation>Kies een verkoper om de scorecard te zien.</translation>
    </message>
    <message>
        <source>Seller KPIs</source>
        <translation>KPI&apos;s van de verkoper</translation>
    </message>
    <message>
        <source>Terminate now</source>
        <translation>Nu beëindigen</translation>
    </message>
    <message>
        <source>The team store cannot be reached: the sanction history and sanction actions wait until it is back.</source>
        <translation>De teamdatabase is niet bereikbaar: de sanctiegeschiedenis en sanctieacties wachten tot ze terug is.</translation>
    </message>
</context>
<context>
    <name>SellersModel</name>
    <message>
        <source>Evaluations</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkoper</translation>
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
            <numerusform>%n sanctie verlopen:</numerusform>
            <numerusform>%n sancties verlopen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sanction(s) ended on their date.</source>
        <translation>
            <numerusform>%n sanctie op de einddatum beëindigd.</numerusform>
            <numerusform>%n sancties op de einddatum beëindigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s)</source>
        <translation>
            <numerusform>%n verkoper</numerusform>
            <numerusform>%n verkopers</numerusform>
        </translation>
    </message>
    <message>
        <source>A colleague decided this sanction first.</source>
        <translation>Een collega heeft eerder over deze sanctie beslist.</translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Alle markten</translation>
    </message>
    <message>
        <source>Appeal decided; the seller is told the outcome.</source>
        <translation>Over het bezwaar is beslist; de verkoper krijgt de uitkomst te horen.</translation>
    </message>
    <message>
        <source>Appeal recorded.</source>
        <translation>Bezwaar vastgelegd.</translation>
    </message>
    <message>
        <source>Apply “{0}” to {1} on market {2}? The statement of reasons is sent to the seller.</source>
        <translation>‘{0}’ toepassen op {1} op markt {2}? De motivering wordt naar de verkoper gestuurd.</translation>
    </message>
    <message>
        <source>Asking market {0} for its figures…</source>
        <translation>Markt {0} wordt om zijn cijfers gevraagd…</translation>
    </message>
    <message>
        <source>Compute every seller&apos;s figures again from the local cache</source>
        <translation>De cijfers van alle verkopers opnieuw berekenen uit de lokale cache</translation>
    </message>
    <message>
        <source>Computing figures…</source>
        <translation>Cijfers worden berekend…</translation>
    </message>
    <message numerus="yes">
        <source>Figures of %n seller(s) computed.</source>
        <translation>
            <numerusform>Cijfers van %n verkoper berekend.</numerusform>
            <numerusform>Cijfers van %n verkopers berekend.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ladder and thresholds saved for market {0}.</source>
        <translation>Ladder en drempels opgeslagen voor markt {0}.</translation>
    </message>
    <message>
        <source>Ladder and thresholds…</source>
        <translation>Ladder en drempels…</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Laatste %n dag</numerusform>
            <numerusform>Laatste %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Lift {0} {1} (ended {2})</source>
        <translation>{0} {1} opheffen (afgelopen {2})</translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation>Filter op markt</translation>
    </message>
    <message>
        <source>Market {0} did not give its own figures; the desk&apos;s are shown.</source>
        <translation>Markt {0} heeft geen eigen cijfers gegeven; die van de desk worden getoond.</translation>
    </message>
    <message>
        <source>Market {0} does not publish seller statistics.</source>
        <translation>Markt {0} publiceert geen verkopersstatistieken.</translation>
    </message>
    <message>
        <source>Market {0} is offline: the platform&apos;s own figures are not shown.</source>
        <translation>Markt {0} is offline: de eigen cijfers van het platform worden niet getoond.</translation>
    </message>
    <message>
        <source>Only at or past a threshold</source>
        <translation>Alleen op of boven een drempel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Pick a market (or a seller) first.</source>
        <translation>Kies eerst een markt (of een verkoper).</translation>
    </message>
    <message>
        <source>Platform: the marketplace&apos;s own figures (S20/S21) for the same span.</source>
        <translation>Platform: de eigen cijfers van de marktplaats (S20/S21) voor dezelfde periode.</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Opnieuw berekenen</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanctie</translation>
    </message>
    <message>
        <source>Sanction applied on market {0}; the seller has the statement.</source>
        <translation>Sanctie toegepast op markt {0}; de verkoper heeft de motivering.</translation>
    </message>
    <message>
        <source>Sanction approved.</source>
        <translation>Sanctie goedgekeurd.</translation>
    </message>
    <message>
        <source>Sanction declined.</source>
        <translation>Sanctie afgewezen.</translation>
    </message>
    <message>
        <source>Sanction lifted on market {0}.</source>
        <translation>Sanctie opgeheven op markt {0}.</translation>
    </message>
    <message>
        <source>Sanction proposed; it waits for a supervisor&apos;s approval.</source>
        <translation>Sanctie voorgesteld; ze wacht op goedkeuring van een supervisor.</translation>
    </message>
    <message>
        <source>Search seller name or shop id</source>
        <translation>Zoek naam van verkoper of winkel-ID</translation>
    </message>
    <message>
        <source>Search sellers</source>
        <translation>Verkopers zoeken</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Verkopers</translation>
    </message>
    <message>
        <source>Shop terminated on market {0}.</source>
        <translation>Winkel beëindigd op markt {0}.</translation>
    </message>
    <message>
        <source>Something went wrong while {0}: {1}</source>
        <translation>Er ging iets mis bij het {0}: {1}</translation>
    </message>
    <message>
        <source>Statement of reasons sent again on market {0}.</source>
        <translation>Motivering opnieuw verzonden op markt {0}.</translation>
    </message>
    <message>
        <source>Terminate shop {0} on market {1} now? The notice period has run.</source>
        <translation>Winkel {0} op markt {1} nu beëindigen? De opzegtermijn is verstreken.</translation>
    </message>
    <message>
        <source>Terminate {0} {1} (notice ran {2})</source>
        <translation>{0} {1} beëindigen (opzegtermijn verstreken {2})</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached: the sanction waits in the outbox and is recorded when it has been sent.</source>
        <translation>De marktplaats is niet bereikbaar: de sanctie wacht in de outbox en wordt vastgelegd zodra ze is verzonden.</translation>
    </message>
    <message>
        <source>The statement of reasons could not be sent: resend it.</source>
        <translation>De motivering kon niet worden verzonden: verstuur haar opnieuw.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
    <message>
        <source>computing the figures</source>
        <translation>berekenen van de cijfers</translation>
    </message>
    <message>
        <source>reading the scorecard</source>
        <translation>lezen van de scorecard</translation>
    </message>
    <message>
        <source>reading the sellers</source>
        <translation>lezen van de verkopers</translation>
    </message>
</context>
<context>
    <name>ShopState</name>
    <message>
        <source>Closed (window)</source>
        <translation>Gesloten (tijdvenster)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beëindigd</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>TeamBanner</name>
    <message>
        <source>Still works: reading cases and conversations, preparing replies and refunds. Waits until the server is back: approvals, claims, shared notes and settings. The desk keeps trying.</source>
        <translation>Werkt nog: zaken en gesprekken lezen, antwoorden en terugbetalingen voorbereiden. Wacht tot de server terug is: goedkeuringen, claims, gedeelde notities en instellingen. De desk blijft het proberen.</translation>
    </message>
    <message>
        <source>The team server cannot be reached.</source>
        <translation>De teamserver is niet bereikbaar.</translation>
    </message>
    <message>
        <source>This desk is older than the team store.</source>
        <translation>Deze desk is ouder dan de teamdatabase.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>You can read decisions, approvals and notes; changes are refused until this desk is updated.</source>
        <translation>Je kunt beslissingen, goedkeuringen en notities lezen; wijzigingen worden geweigerd tot deze desk is bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
</context>
<context>
    <name>TeamRulesDialog</name>
    <message>
        <source>Not saved: {0}</source>
        <translation>Niet opgeslagen: {0}</translation>
    </message>
    <message>
        <source>Not saved: {0}. Your values are still here; try again when the team store is reachable.</source>
        <translation>Niet opgeslagen: {0}. Je waarden staan er nog; probeer het opnieuw zodra de teamdatabase bereikbaar is.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Reading the team&apos;s rules…</source>
        <translation>Regels van het team worden gelezen…</translation>
    </message>
    <message>
        <source>Saved for {0}; refunds use the new rules from now on.</source>
        <translation>Opgeslagen voor {0}; terugbetalingen volgen vanaf nu de nieuwe regels.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Shown read-only: only a supervisor changes the team&apos;s rules.</source>
        <translation>Alleen-lezen: alleen een supervisor wijzigt de regels van het team.</translation>
    </message>
    <message>
        <source>Team rules: refunds</source>
        <translation>Teamregels: terugbetalingen</translation>
    </message>
    <message>
        <source>The team store is read-only: {0}</source>
        <translation>De teamdatabase is alleen-lezen: {0}</translation>
    </message>
    <message>
        <source>The team&apos;s rules could not be read: {0}. Try again when the team store is reachable.</source>
        <translation>De regels van het team konden niet worden gelezen: {0}. Probeer het opnieuw zodra de teamdatabase bereikbaar is.</translation>
    </message>
    <message>
        <source>{0} not saved: {1} saved these rules meanwhile. Their values are shown where you changed nothing; yours are kept. Check them and save again.</source>
        <translation>{0} niet opgeslagen: {1} heeft deze regels intussen opgeslagen. Waar jij niets hebt gewijzigd, staan nu hun waarden; die van jou blijven staan. Controleer ze en sla opnieuw op.</translation>
    </message>
    <message>
        <source>{0} not saved: {1}. Your values are still here.</source>
        <translation>{0} niet opgeslagen: {1}. Je waarden staan er nog.</translation>
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
        <translation>Verbinding maken…</translation>
    </message>
    <message>
        <source>Enter the team server&apos;s address first.</source>
        <translation>Vul eerst het adres van de teamserver in.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Niet opgeslagen: {0}</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradres:</translation>
    </message>
    <message>
        <source>Team server (shared with colleagues)</source>
        <translation>Teamserver (gedeeld met collega&apos;s)</translation>
    </message>
    <message>
        <source>Team settings</source>
        <translation>Teaminstellingen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>The test failed: {0}</source>
        <translation>De test is mislukt: {0}</translation>
    </message>
    <message>
        <source>Work alone (decisions and audit stay on this computer)</source>
        <translation>Alleen werken (beslissingen en audit blijven op deze computer)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>bewaard in de sleutelhanger van het systeem</translation>
    </message>
</context>
<context>
    <name>TemplateAudience</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkoper</translation>
    </message>
</context>
<context>
    <name>TemplatePlaceholder</name>
    <message>
        <source>the customer&apos;s name</source>
        <translation>de naam van de klant</translation>
    </message>
    <message>
        <source>the market&apos;s response time in hours</source>
        <translation>de reactietijd van de markt in uren</translation>
    </message>
    <message>
        <source>the order number</source>
        <translation>het bestelnummer</translation>
    </message>
    <message>
        <source>the order&apos;s date</source>
        <translation>de besteldatum</translation>
    </message>
    <message>
        <source>the order&apos;s total (in the refund dialog: the refund)</source>
        <translation>het totaalbedrag van de bestelling (in het terugbetalingsvenster: de terugbetaling)</translation>
    </message>
    <message>
        <source>the refund&apos;s amount, in the order&apos;s currency</source>
        <translation>het bedrag van de terugbetaling, in de valuta van de bestelling</translation>
    </message>
    <message>
        <source>the seller&apos;s shop name</source>
        <translation>de winkelnaam van de verkoper</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>de datum van vandaag</translation>
    </message>
    <message>
        <source>when the seller&apos;s answer is due</source>
        <translation>wanneer het antwoord van de verkoper er moet zijn</translation>
    </message>
</context>
<context>
    <name>TemplateTopic</name>
    <message>
        <source>Communication policy</source>
        <translation>Communicatiebeleid</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenten</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Spaarpunten</translation>
    </message>
    <message>
        <source>Reaching us</source>
        <translation>Bereikbaarheid</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Terugbetalingen</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Reactietijden</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>Sancties</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Version {0} · {1} · {2}</source>
        <translation>Versie {0} · {1} · {2}</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} door {1}</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n sjabloon</numerusform>
            <numerusform>%n sjablonen</numerusform>
        </translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <source>Created; every desk of the team offers it now.</source>
        <translation>Aangemaakt; elke desk van het team biedt het nu aan.</translation>
    </message>
    <message>
        <source>Customers and sellers</source>
        <translation>Klanten en verkopers</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen negeren</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Eerdere versies</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Insert {0}</source>
        <translation>{0} invoegen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Nieuw sjabloon…</translation>
    </message>
    <message>
        <source>No template chosen</source>
        <translation>Geen sjabloon gekozen</translation>
    </message>
    <message>
        <source>Not filled in by the desk, stays as written: {0}</source>
        <translation>Wordt niet door de desk ingevuld en blijft zo staan: {0}</translation>
    </message>
    <message>
        <source>Not saved: {0} saved version {1} meanwhile. What you typed is still here; copy it, discard yours to see theirs, and apply your change to it.</source>
        <translation>Niet opgeslagen: {0} heeft intussen versie {1} opgeslagen. Wat je typte staat er nog; kopieer het, negeer je wijzigingen om die van de ander te zien en breng je wijziging daarin aan.</translation>
    </message>
    <message>
        <source>Not saved: {0}. What you typed is still here.</source>
        <translation>Niet opgeslagen: {0}. Wat je typte staat er nog.</translation>
    </message>
    <message>
        <source>Placeholders the desk fills in (click to insert):</source>
        <translation>Plaatshouders die de desk invult (klik om in te voegen):</translation>
    </message>
    <message>
        <source>Put this version in the editor</source>
        <translation>Deze versie in de editor zetten</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Opslaan als nieuwe versie</translation>
    </message>
    <message>
        <source>Saved as version {0}; every desk of the team uses it now.</source>
        <translation>Opgeslagen als versie {0}; elke desk van het team gebruikt die nu.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Sjablonen doorzoeken</translation>
    </message>
    <message>
        <source>Search titles and texts</source>
        <translation>Titels en teksten doorzoeken</translation>
    </message>
    <message>
        <source>Template “{0}” saved.</source>
        <translation>Sjabloon ‘{0}’ opgeslagen.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The team store cannot be reached: the templates are kept there. They show again when it is back.</source>
        <translation>De teamdatabase is niet bereikbaar: daar staan de sjablonen. Ze verschijnen weer zodra ze terug is.</translation>
    </message>
    <message>
        <source>The templates cannot be read now: {0}</source>
        <translation>De sjablonen kunnen nu niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Version {0} is in the editor; save to make it the current text.</source>
        <translation>Versie {0} staat in de editor; sla op om er de huidige tekst van te maken.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>You can read and search the templates; editing them takes a reviewer&apos;s or supervisor&apos;s role.</source>
        <translation>Je kunt de sjablonen lezen en doorzoeken; om ze te bewerken is de rol beoordelaar of supervisor nodig.</translation>
    </message>
    <message>
        <source>{0} saved version {1} meanwhile; your changes are not saved. Discard yours to see theirs.</source>
        <translation>{0} heeft intussen versie {1} opgeslagen; jouw wijzigingen zijn niet opgeslagen. Negeer die van jou om die van de ander te zien.</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · for: {3} · version {4}</source>
        <translation>{0} · {1} · {2} · voor: {3} · versie {4}</translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Laatste bericht</translation>
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
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Policy flags</source>
        <translation>Beleidssignalen</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Antwoord verwacht</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
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
        <translation>Beantwoord {0}.</translation>
    </message>
    <message>
        <source>Due {0}.</source>
        <translation>Uiterlijk {0}.</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>Incident gesloten</translation>
    </message>
    <message>
        <source>Incident opened</source>
        <translation>Incident geopend</translation>
    </message>
    <message>
        <source>Late by {0}.</source>
        <translation>{0} te laat.</translation>
    </message>
    <message>
        <source>No message of this conversation is cached.</source>
        <translation>Van dit gesprek staat geen bericht in de cache.</translation>
    </message>
    <message>
        <source>No response deadlines: {0}</source>
        <translation>Geen reactietermijnen: {0}</translation>
    </message>
    <message>
        <source>Non-answer: once greetings and courtesy are taken away, this message says nothing.</source>
        <translation>Nietszeggend antwoord: zonder groeten en beleefdheidsfrases zegt dit bericht niets.</translation>
    </message>
    <message>
        <source>Not counted: {0} (public holiday: {1}).</source>
        <translation>Telt niet: {0} (feestdag: {1}).</translation>
    </message>
    <message>
        <source>Not counted: {0} (weekend).</source>
        <translation>Telt niet: {0} (weekend).</translation>
    </message>
    <message>
        <source>Older messages of this conversation are not in the local cache yet.</source>
        <translation>Oudere berichten van dit gesprek staan nog niet in de lokale cache.</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Bestelling geplaatst</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Deelnemers:</translation>
    </message>
    <message>
        <source>Policy evidence: {0}</source>
        <translation>Beleidsbewijs: {0}</translation>
    </message>
    <message>
        <source>Received {0}.</source>
        <translation>Ontvangen {0}.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>Rule: {0} hours, counted around the clock.</source>
        <translation>Regel: {0} uur, de klok rond geteld.</translation>
    </message>
    <message>
        <source>Rule: {0} working hours (Monday to Friday, public holidays of the market not counted).</source>
        <translation>Regel: {0} werkuren (maandag tot en met vrijdag, feestdagen van de markt tellen niet mee).</translation>
    </message>
    <message>
        <source>Seller marked the incident as solved</source>
        <translation>Verkoper heeft het incident als opgelost gemarkeerd</translation>
    </message>
    <message>
        <source>Seller’s answer due {0}</source>
        <translation>Antwoord van de verkoper uiterlijk {0}</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>The clocks changed in between; the deadline is counted in real hours.</source>
        <translation>Intussen is de klok verzet; de termijn wordt in echte uren geteld.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <source>answered {0}</source>
        <translation>beantwoord {0}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>late by {0}</source>
        <translation>{0} te laat</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>nog niet beantwoord</translation>
    </message>
    <message>
        <source>operator only</source>
        <translation>alleen operator</translation>
    </message>
    <message>
        <source>overdue by {0}</source>
        <translation>{0} over tijd</translation>
    </message>
    <message>
        <source>seen by</source>
        <translation>gezien door</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} kB</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} d {1} u</translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation>{0} u {1} min</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} uur</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} working hours</source>
        <translation>{0} werkuren</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Select a KPI to see its trend.</source>
        <translation>Kies een KPI om de trend te zien.</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Trendgrafiek</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limiet</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Send now</source>
        <translation>Nu verzenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo: nothing is sent</source>
        <translation>Ongedaan maken: er wordt niets verzonden</translation>
    </message>
    <message>
        <source>{0} in {1} s.</source>
        <translation>{0} over {1} s.</translation>
    </message>
</context>
<context>
    <name>_MessageBox</name>
    <message>
        <source>Message (sent in the order&apos;s conversation)</source>
        <translation>Bericht (wordt in het gesprek van de bestelling verzonden)</translation>
    </message>
    <message>
        <source>Message: {0}</source>
        <translation>Bericht: {0}</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Geen sjabloon</translation>
    </message>
    <message>
        <source>Template for: {0}</source>
        <translation>Sjabloon voor: {0}</translation>
    </message>
</context>
</TS>
