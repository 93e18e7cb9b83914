<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkCloseDialog</name>
    <message numerus="yes">
        <source>%n of these need a reason (the seller has not marked them solved).</source>
        <translation>
            <numerusform>%n of these needs a reason (the seller has not marked it solved).</numerusform>
            <numerusform>%n of these need a reason (the seller has not marked them solved).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close %n incident(s)</source>
        <translation>
            <numerusform>Close %n incident</numerusform>
            <numerusform>Close %n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message numerus="yes">
        <source>%n message(s) had arrived that the decision did not see.</source>
        <translation>
            <numerusform>%n message had arrived that the decision did not see.</numerusform>
            <numerusform>%n messages had arrived that the decision did not see.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} · %n item(s)</source>
        <translation>
            <numerusform>{0} · %n item</numerusform>
            <numerusform>{0} · %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDecisions</name>
    <message numerus="yes">
        <source>%n changed since you read them: their closes wait in the outbox; send them anyway or discard them there.</source>
        <translation>
            <numerusform>%n changed since you read it: its close waits in the outbox; send it anyway or discard it there.</numerusform>
            <numerusform>%n changed since you read them: their closes wait in the outbox; send them anyway or discard them there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) closed.</source>
        <translation>
            <numerusform>%n incident closed.</numerusform>
            <numerusform>%n incidents closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait in the outbox.</source>
        <translation>
            <numerusform>%n waits in the outbox.</numerusform>
            <numerusform>%n wait in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closing %n incident(s)</source>
        <translation>
            <numerusform>Closing %n incident</numerusform>
            <numerusform>Closing %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n incident(s) stay as they were.</source>
        <translation>
            <numerusform>Undone: %n incident stays as it was.</numerusform>
            <numerusform>Undone: %n incidents stay as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n more error(s) happened meanwhile; their reports are in the log folder.</source>
        <translation>
            <numerusform>%n more error happened meanwhile; its report is in the log folder.</numerusform>
            <numerusform>%n more errors happened meanwhile; their reports are in the log folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalDataController</name>
    <message numerus="yes">
        <source>Retention: personal data older than {0} days was wiped from %n cached record(s).</source>
        <translation>
            <numerusform>Retention: personal data older than {0} days was wiped from %n cached record.</numerusform>
            <numerusform>Retention: personal data older than {0} days was wiped from %n cached records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxChange</name>
    <message numerus="yes">
        <source>The customer wrote %n new message(s) since you read the case.</source>
        <translation>
            <numerusform>The customer wrote %n new message since you read the case.</numerusform>
            <numerusform>The customer wrote %n new messages since you read the case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxStatusButton</name>
    <message numerus="yes">
        <source>Outbox: %n need(s) you</source>
        <translation>
            <numerusform>Outbox: %n needs you</numerusform>
            <numerusform>Outbox: %n need you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n waiting</numerusform>
            <numerusform>Outbox: %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposeSanctionDialog</name>
    <message numerus="yes">
        <source>%n earlier sanction(s) in the recidivism window</source>
        <translation>
            <numerusform>%n earlier sanction in the recidivism window</numerusform>
            <numerusform>%n earlier sanctions in the recidivism window</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) exported to {0}.</source>
        <translation>
            <numerusform>%n incident exported to {0}.</numerusform>
            <numerusform>%n incidents exported to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveDataDialog</name>
    <message numerus="yes">
        <source>• %n unsent reply draft(s), after exporting them to a file you choose</source>
        <translation>
            <numerusform>• %n unsent reply draft, after exporting it to a file you choose</numerusform>
            <numerusform>• %n unsent reply drafts, after exporting them to a file you choose</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SellersPage</name>
    <message numerus="yes">
        <source>%n sanction(s) due:</source>
        <translation>
            <numerusform>%n sanction due:</numerusform>
            <numerusform>%n sanctions due:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sanction(s) ended on their date.</source>
        <translation>
            <numerusform>%n sanction ended on its date.</numerusform>
            <numerusform>%n sanctions ended on their date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s)</source>
        <translation>
            <numerusform>%n seller</numerusform>
            <numerusform>%n sellers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures of %n seller(s) computed.</source>
        <translation>
            <numerusform>Figures of %n seller computed.</numerusform>
            <numerusform>Figures of %n sellers computed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
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
</context>
</TS>
