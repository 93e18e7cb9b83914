<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppealDecisionDialog</name>
    <message>
        <source>Decide the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: the sanction stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome, as the seller will read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller&apos;s grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld: revoke the sanction and undo it on the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an appeal against: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller&apos;s grounds, as received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, the platform refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>A colleague decided first: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund was made on these lines since the request: what is left is not what the requester saw. Decline it with a comment; the requester can ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund was made on these lines since the request; decline it with a comment so the requester can ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved and refunded {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved. The refund of {0} is queued and goes out when the marketplace is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the requester (needed to decline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined; {0} is told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be carried out as asked now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0} · {1}: paid {2}, refunded {3}, left {4}; {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved: the order changed since the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only supervisors approve refunds; your role here may not. Your own requests&apos; answers arrive as notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {0} · {1} · customer {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal message to the customer ({0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approvals cannot be read now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case cannot be shown: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision failed unexpectedly: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is not in this desk&apos;s cache; sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund of {0} had already reached the marketplace; it is recorded as sent and was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s personal message was not sent ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store cannot be reached: approvals wait until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked now {0} + shipping {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not part of this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} asks to approve a sanction ({1}) for shop {2} on {3}: {4}

Sanctions are decided on the sanctions page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} asks to refund {1} ({2}), {3}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its content is a program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name ends like a program. Do not run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name or declared type does not match its content ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name was cleaned: the original had characters that are unsafe in a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0} cannot be reached; the attachment is not in the local store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy where you choose. The desk never opens or runs the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be fetched from market {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment is larger than the desk accepts and was not fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk shows images and PDFs only. This file can be saved on request; it is never opened or run by the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {0} of {1} pages are shown; save the file to read the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown; save it to look at it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} · {2}
SHA-256 {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot verify: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {0}; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken at entry {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is whole: {0} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action, e.g. refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
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
</context>
<context>
    <name>BulkCloseDialog</name>
    <message numerus="yes">
        <source>%n of these need a reason (the seller has not marked them solved).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Close %n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every seller marked these incidents as solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason (the sellers marked them solved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message numerus="yes">
        <source>%n message(s) had arrived that the decision did not see.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({0} open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({0}) · {1} · to {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision by {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had seen the conversation up to then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident closed by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident opened by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident seen open (derived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes need the team store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the seller: due {0}, late by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internal notes on this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message came with the resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened on this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller marked it solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller · solved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller&apos;s answer due {0} (in {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team store unavailable: internal notes cannot be read or written now. The desk keeps working; notes come back when the team store does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team store unavailable: the team&apos;s decisions are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not written on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer wrote after the seller&apos;s &quot;solved&quot; ({0}): read it before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller answered {0}, in time (due {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller answered {0}, late by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller has not written on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store could not be read ({0}): the team&apos;s decisions are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written after the seller marked it solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last action by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on another line: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same customer and seller, order {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same order: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} on this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} with this customer and seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} · %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – open since {1} at the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – opened {1} by {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDecisions</name>
    <message numerus="yes">
        <source>%n incident(s) closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait in the outbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An incident was opened on order {0}; it appears after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closing %n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Closing the incident on order {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident on order {0} closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0} cannot be reached, so {1}. Nothing was changed; try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0} is busy or having trouble, so {1}. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0} needs a reason here, so {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0} refused it, so {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some incidents not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case changed on market {0} since you opened it, so {1}. Look at what changed, then decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision on order {0} waits in the outbox; it is sent when market {1} can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident on order {0} stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for market {0} was refused, so {1}. Check the connection settings for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace said: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store could not record the decision; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These were not closed; nothing was changed for them:

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is no longer in the cache of market {0}, so {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n incident(s) stay as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your role on market {0} may not do this, so {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no incident was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident was not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident was not kept open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} because of an unexpected error: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseNotesPanel</name>
    <message>
        <source>Add internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes – visible to colleagues only, never sent to customers or sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved. Colleagues see it on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note for colleagues (Ctrl+Return in the note box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not saved because of an unexpected error: {0}. Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not saved: the team store is not available. Your text is kept; try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not saved: {0}. Your text is kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible to colleagues only. Ctrl+Return saves the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an internal note for colleagues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <source>A reason is required: the seller has not marked this incident as solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the incident on order {0} on {1}?

The customer and the seller will see the incident as closed, and the order continues its normal cycle. This cannot be undone from the desk; a new incident would have to be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason (the seller marked it solved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller marked this incident as solved; a reason is optional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source> requests/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key in Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection OK – you are {0} on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key sent as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market (country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection {0} and delete its key from the system keyring?

Cached data of market {1} stays until the cache is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role if the platform cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The key is in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not stored; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works but its role may not read this marketplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace answered with an error; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace cannot be reached. Check the address, the proxy and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace refused the key. Check it and the way it is sent (API key or Bearer token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dispute reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. BY for Bavaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: CA file for TLS inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} (SANDBOX, built in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Late reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in the newest 20,000 matching messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any policy finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any policy state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier saved as {0} and {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching attachment {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation matches. Change or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations in the local cache yet. They appear after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-platform contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older messages could not be loaded from market {0}; the cached part is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every message (words, &quot;a phrase&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation to read it whole: every message, who saw it, the seller&apos;s deadlines and the order&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller &amp;owes a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller answers within {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversations could not be read from the local cache: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation as a PDF and a JSON file (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideSanctionDialog</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note (why you approve or decline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, proposed by {1} on {2}. Breach: {3}. Evidence: {4}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>&amp;Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is syncing this cache; the desk syncs again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections saved. They take effect when the desk starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: showing the cached queue. Actions need a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync incomplete for {0}; showing cached data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing {0}: {1} {2}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk could not open its data: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for market {0} was refused; showing cached data. Check the key in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache was rebuilt because {0}; it fills again from the marketplaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped unexpectedly; showing cached data. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Every record from the marketplaces could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records skipped during sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see what the marketplace sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record as the marketplace sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents derived from orders and threads (the marketplace publishes no incident list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last attempt failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders: {0}, incidents: {1}, messages: {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0} cannot be reached; nothing was changed there. Try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0} is busy; nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0} refused the change: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for market {0} was refused; check the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sanction is not in a state for this ({1}); a colleague may have acted on it. Reload the scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store cannot be reached, so nothing was recorded. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sanction or seller is no longer known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {0}, answered {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {0}, not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: marked solved, reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentQueueModel</name>
    <message>
        <source>Auto-closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer wrote after the seller marked the incident as solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left before the platform closes the incident by itself (5 business days without activity, in the market&apos;s calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working on the case right now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Close incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this incident on the marketplace (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived: this marketplace does not publish its incidents, so the status and the seller&apos;s &quot;solved&quot; are read from the order and the messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not accept the seller&apos;s resolution: keep the incident open (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the incident open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line of this order can have a new incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this order can be refunded now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older messages are not in the local cache and the marketplace is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an incident the seller marked as solved can be kept open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an incident on a line of this order (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund the customer (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident in the queue to see the order, the seller&apos;s resolution and the whole conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s latest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is not in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller&apos;s claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline and conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the customer or the seller (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepOpenDialog</name>
    <message>
        <source>Keep open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the incident open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident on order {0} stays open: the seller&apos;s resolution is not accepted.{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace shows it as disputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This marketplace has no dispute step: the incident simply stays open and the decision is recorded for the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (for the team record; required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the incident stays open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyringDialog</name>
    <message>
        <source> for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring backend: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace keys are kept only in the system keyring (GNOME Keyring or KWallet on Linux, the Keychain on macOS, Credential Manager on Windows), never in a file.

You can start or install a keyring service and try again, or keep the key for this session only: it stays in memory and is forgotten when the desk closes, so you will be asked for it again next time.

Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not be used, so Operator Desk cannot store the key{0} safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system has no keyring service, so Operator Desk cannot store the key{0} safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade (evaluations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages with policy findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order approval rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply (p95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply time (95th percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply time (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved by seller, reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact outside the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderDialog</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder (first step first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recidivism window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction ladder and thresholds: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitcher</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator Desk will use {0} after a restart. Restart now? Reply drafts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkConfirmDialog</name>
    <message>
        <source>E-mail to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is a bare IP address, not a named site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted (http).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before &apos;@&apos; is not the site; the site is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s name mixes alphabets, a common disguise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s name uses international characters; its real form is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link comes from a message and opens outside the desk. Open it only if you trust where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opens your e-mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link did not come from the message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link was not opened: {0}.

{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the local cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX – demo marketplaces with generated data; nothing you do here reaches a real customer or seller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketStatusBar</name>
    <message>
        <source>Last sync {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: no key stored for this connection – add it in the connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: offline – showing cached data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the key was refused – check the connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the marketplace is busy or in trouble; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: your role may not read this marketplace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <source>A template needs a title and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is lower-case letters, digits and _ (it names the template in every language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same key in another language is the same template in that language: the desk offers the recipient&apos;s language first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template exists in this language already: edit it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. refund_partial_issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Also show on the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer on {0} is due {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer wrote on {0}, which you are working on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} approved {1} on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} asks to approve {1} on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} declined {1} on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenIncidentDialog</name>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller and the customer see the new incident; it counts in the seller&apos;s statistics and freezes the order&apos;s cycle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>being placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready for collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund payment pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the seller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off-platform contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposeSanctionDialog</name>
    <message numerus="yes">
        <source>%n earlier sanction(s) in the recidivism window</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>End it automatically on its date (lift a restriction or suspension, carry out a termination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence the sanction rests on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one piece of evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a sanction: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild text from the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement in: {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence or the measure changed; your edited text was kept. Rebuild it to include the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} and {end} become the measure&apos;s dates when it is applied. The seller reads this text; message excerpts are quoted as they were written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source> d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer reaction filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum waiting time in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy flag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer wrote after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) exported to {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by me today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the queue as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this view as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked solved by the seller – waiting for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unclaimed incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check: no seller has marked an incident as solved.
New ones appear here after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older messages of this case could not be loaded from market {0}; the cached part is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order, customer, e-mail, seller, incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: {0}. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be read from the local cache: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working on this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is working on this case. You can read it; decide only after talking to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundAmounts</name>
    <message>
        <source>&apos;{text}&apos; could be read two ways (thousands or decimals): write &apos;{hint}&apos; for {digits} whole units, or use &apos;{decimal}&apos; for decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not how this language writes an amount: did you mean &apos;{hint}&apos;? (decimal separator &apos;{decimal}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not how this language writes an amount: write it like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{currency} amounts have {allowed} decimals at most; &apos;{text}&apos; has more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>A refund was made on this order since you opened it (by a colleague, or the seller). Nothing was sent. The figures are updated: check what is left and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount for the whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount for the whole order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from the local cache: the marketplace could not be asked now. They are checked against the marketplace again before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from the local cache; checking with the marketplace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures read from the marketplace at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading order {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the customer (in {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval (your limit is {0}), but the team store cannot be reached now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval: your limit is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refund templates in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. The platform notifies the customer of the refund automatically; add your own words here if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {0} · {1} · customer {2} · market {3} · {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial amount per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal message to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded {0}. The customer is notified by the platform; its notice shows in the thread after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to a supervisor for approval (request {0}). You are notified when it is decided; nothing is refunded until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures changed since the dialog opened: a refund was made meanwhile. What is left is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace did not confirm the refund ({0}). It may have been made or not: before refunding again, reopen the refund - it reads the order back and shows what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace refused the refund: {0}. Nothing was refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace refused this desk&apos;s key. Nothing was refunded; check the key in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order cannot be shown: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is not in the local cache; sync and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund did not happen ({0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund failed unexpectedly: {0}. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund of {0} is queued and goes out as soon as the marketplace is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refund needs a supervisor&apos;s approval, but the team store cannot be reached. Nothing was sent or requested; try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To refund now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole remaining order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within your limit of {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal message was not sent ({0}); write it from the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending refunds count against what is left: the money is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products {0} (unit price {1}), shipping {2}; amounts include tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products {0}, shipping {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundRules</name>
    <message>
        <source>Choose a refund reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line not shipped — line {line} is {state}: only shipped lines can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} is not part of order {order}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: more units than are left to refund (chosen: {units}, left: {left}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: refund amounts must be more than zero ({amount} is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the amount is in {currency}, the order in {order_currency}; a refund is paid in the order&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {amount} has more decimals than {currency} has ({digits}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not above what is left — line {line}: {amount} is more than the {left} left on its products (paid {paid}, refunded {refunded}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not above what is left — line {line}: {amount} of shipping is more than the {left} of shipping left (paid {paid}, refunded {refunded}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to refund yet: choose an amount, units or shipping costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} is {state}: the marketplace refuses refunds on closed and canceled orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason {reason} is not a refund reason (the platform&apos;s type REFUND).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late — line {line} was shipped on {shipped}, {days} days ago: market {market} allows refunds up to {window} days after shipment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundState</name>
    <message>
        <source>awaiting tax check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDataDialog</name>
    <message>
        <source>Choose export file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the outbox and team store to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to: (not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more was removed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings, logs and the keys in the system keyring stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local data to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes from this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local team store (decisions, approvals, templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outbox (actions not yet sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• downloaded attachments ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• the cache of marketplace data ({0}); it fills again from the marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {0}, after exporting it to a file you choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment is larger than 10 MB; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check who receives it, then send (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who receives the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new conversation a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a template; the recipient&apos;s language is offered first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0} cannot be reached; the message was not sent. Your text is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0} did not accept the message; nothing was sent. Your text is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates (team store not open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation on this order (or with this seller) instead of replying here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject of the new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace said: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message waits in the outbox; it is sent when the marketplace can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message starts a new conversation “{0}” with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message will be sent to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the customer or the seller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your operator team sees it too; nobody else does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role on market {0} may not send messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>This key does not belong to an operator user, so it may not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role ({0}) may not {1}; this takes the role: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a shop&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit reply templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit rule settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep incidents open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply to messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sanction</name>
    <message>
        <source>Approved, not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of selling rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination (30 days&apos; notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SanctionTableModel</name>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <source>In business hours of the market, over {0} answered questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reports an average in calendar hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} late of {1} questions answered or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} accepted order lines had an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} accepted order lines were refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} incidents marked solved by the seller did not stay solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · shop {1} · {2} · last {3} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <source>Across markets (shops of the same name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply on the marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve or decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose sanction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a seller to see the scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store cannot be reached: the sanction history and sanction actions wait until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellersModel</name>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SellersPage</name>
    <message numerus="yes">
        <source>%n sanction(s) due:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sanction(s) ended on their date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A colleague decided this sanction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal decided; the seller is told the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply “{0}” to {1} on market {2}? The statement of reasons is sent to the seller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking market {0} for its figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute every seller&apos;s figures again from the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Figures of %n seller(s) computed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ladder and thresholds saved for market {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder and thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lift {0} {1} (ended {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0} did not give its own figures; the desk&apos;s are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0} does not publish seller statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market {0} is offline: the platform&apos;s own figures are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only at or past a threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a market (or a seller) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: the marketplace&apos;s own figures (S20/S21) for the same span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction applied on market {0}; the seller has the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction lifted on market {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanction proposed; it waits for a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search seller name or shop id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop terminated on market {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of reasons sent again on market {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate shop {0} on market {1} now? The notice period has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate {0} {1} (notice ran {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marketplace cannot be reached: the sanction waits in the outbox and is recorded when it has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement of reasons could not be sent: resend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sellers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopState</name>
    <message>
        <source>Closed (window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamBanner</name>
    <message>
        <source>Still works: reading cases and conversations, preparing replies and refunds. Waits until the server is back: approvals, claims, shared notes and settings. The desk keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk is older than the team store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read decisions, approvals and notes; changes are refused until this desk is updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamSettingsDialog</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the team server&apos;s address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server (shared with colleagues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work alone (decisions and audit stay on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateAudience</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePlaceholder</name>
    <message>
        <source>the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the market&apos;s response time in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order&apos;s total (in the refund dialog: the refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refund&apos;s amount, in the order&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seller&apos;s shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the seller&apos;s answer is due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateTopic</name>
    <message>
        <source>Communication policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} · {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created; every desk of the team offers it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers and sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in by the desk, stays as written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0} saved version {1} meanwhile. What you typed is still here; copy it, discard yours to see theirs, and apply your change to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}. What you typed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders the desk fills in (click to insert):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this version in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version {0}; every desk of the team uses it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “{0}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team store cannot be reached: the templates are kept there. They show again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates cannot be read now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} is in the editor; save to make it the current text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read and search the templates; editing them takes a reviewer&apos;s or supervisor&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} saved version {1} meanwhile; your changes are not saved. Discard yours to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} · {2} · for: {3} · version {4}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadListModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Answered {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message of this conversation is cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response deadlines: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-answer: once greetings and courtesy are taken away, this message says nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: {0} (public holiday: {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: {0} (weekend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older messages of this conversation are not in the local cache yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy evidence: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: {0} hours, counted around the clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: {0} working hours (Monday to Friday, public holidays of the market not counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller marked the incident as solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller’s answer due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks changed in between; the deadline is counted in real hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} d {1} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} h {1} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} working hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Select a KPI to see its trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in {1} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MessageBox</name>
    <message>
        <source>Message (sent in the order&apos;s conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template for: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
