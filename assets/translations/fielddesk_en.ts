<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppHeader</name>
    <message>
        <source>FieldDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet %1 · device %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackDecision</name>
    <message>
        <source>Call the customer back first: their answer closes or reopens the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback named is about another ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback named did not reach the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not satisfied: the ticket is reopened, not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was satisfied: the ticket is closed, not reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback that decides this step is not on this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks are recorded by counter staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1 very unhappy … 5 very happy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the customer satisfied with the repair?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: close the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: reopen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still wrong (the crew will read this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: try later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardLoadDesk</name>
    <message>
        <source>Enter the amount in yuan, e.g. 100 or 50.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading a card needs the connection to the server, which this device does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card had a load of %1 that had not reached it; it is on the card now. No new load was made: take the new payment only if the customer still wants it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded onto the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has every load made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load of %1 that had not reached this card is on it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card cannot be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier load of this card has not reached it yet. Present the card again to finish that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single load is between ¥0.01 and ¥5,000.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow card loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not accepted by the server; please tell the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s record no longer shows whether its last load reached it. The load is kept for review by the back office; nothing was charged twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment was already used for another load; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not complete the request; try again in a moment. Nothing is loaded twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled without the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s status list cannot be read, so the card cannot be checked; it is not loaded. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is on the status list (%1) since %2; it cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardLoadFlow</name>
    <message>
        <source>The card was not written. The money is on the account; present the card again to finish load %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 holds at most %2 and has %3 on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardLoadPage</name>
    <message>
        <source>Card load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not reachable right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads are authorised by the server only, so they cannot be made while this counter is offline. Everything else here keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated reader: choose the card the customer put on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card on the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards for this reader are issued at the server and lie in the card-reader folder of this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the customer&apos;s card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored-value card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 200 or 50.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card balance now %1 · account balance %2 · load %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server and writing the card… keep the card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the earlier load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardNumber</name>
    <message>
        <source>A card number is 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardStateMachine</name>
    <message>
        <source>normal</source>
        <comment>card state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <comment>card state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>card state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>card state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 card cannot be reported lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 card has no loss report to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 card cannot be suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 card cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 card cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 card cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 card cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing a card needs the old card, or an effective loss report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling a card needs the card, or an effective loss report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTerminal</name>
    <message>
        <source>The card cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is card %1, not card %2. Present the card the load is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has moved on since the load was authorised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the load authorisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card cannot hold that balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card left the reader during the write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card balance is too low.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseClient</name>
    <message>
        <source>The server cannot be reached right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is not accepted by the server; please tell the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not answer; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFinder</name>
    <message>
        <source>Looking up a case needs the connection to the server, which this device does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseLookup</name>
    <message>
        <source>No case matches this number and phone number. Check both and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the case number and the phone number given with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseOutBoard</name>
    <message>
        <source>Callbacks are recorded by counter staff, signed in at a counter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseOutPage</name>
    <message>
        <source>Close-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished tickets wait here for the callback to the customer, the one to call first on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) unanswered</source>
        <translation>
            <numerusform>%n call unanswered</numerusform>
            <numerusform>%n calls unanswered</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · try again at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket is waiting for its callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets appear here when a crew finishes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact to call back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseOutRepository</name>
    <message>
        <source>Say how the customer was contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what the customer said under 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the customer&apos;s satisfaction from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the customer satisfied with the repair?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what is still wrong: the crew needs it when the ticket is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a finished ticket gets its callback before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback for %1: no answer (attempt %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback for %1: satisfied (%2 of 5); ticket closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback for %1: not satisfied (%2 of 5); ticket reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <source>This step is not available for this complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can archive a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at the counter to work on complaints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDetailPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply (complainant satisfied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply (complainant not satisfied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as counter staff or a supervisor to work on this complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed. A supervisor files it away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to do on this complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which department handles it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What answer was given to the complainant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the complaint escalated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. customer service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found and what was done about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the complainant rejects the answer and asks for a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Enter the complainant&apos;s name (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the complaint is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what happened, in the complainant&apos;s words (%1 to %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store is not open; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to register a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>Give the complainant&apos;s name (at most 40 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category: product quality, service, price, false advertising or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the complaint is about (4 to 2000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record this complaint refers to is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not set up yet; enroll it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kiosk takes complaints on the kiosk channel only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint cannot have been received in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the answer given to the complainant (at most 2000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the complaint is escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the department to dispatch to (at most 60 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintWorkflow</name>
    <message>
        <source>registered</source>
        <comment>complaint state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a department</source>
        <comment>complaint state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being handled</source>
        <comment>complaint state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <comment>complaint state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <comment>complaint state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <comment>complaint state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <comment>complaint state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched to a department</source>
        <comment>complaint event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken up for handling</source>
        <comment>complaint event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <comment>complaint event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed as satisfied</source>
        <comment>complaint event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened as not satisfied</source>
        <comment>complaint event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <comment>complaint event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <comment>complaint event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint that is %1 cannot be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal is the highest level; it cannot be escalated further.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open complaints, the one to answer soonest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints taken at the counter, by phone, online, in the field or at the kiosk appear here until the complainant is satisfied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>This conflict is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>This conflict is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record can no longer be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictRow</name>
    <message>
        <source>Your change to %1 of %2 was overwritten by %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You applied yours again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You kept the other value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply mine again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterHome</name>
    <message>
        <source>Overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card issue, cancelling a loss report and other ETC account work are not available here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterOutageStrip</name>
    <message>
        <source>expected to end %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterSearchPage</name>
    <message>
        <source>Find a customer or ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or its last digits, plate, card, ID or ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the local records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name (张三 is found by 三), the last four digits of a phone, a plate such as 皖A12345, or a ticket number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or try the last digits of the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform>
            <numerusform>A unified social credit code has 18 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A unified social credit code cannot contain &quot;%1&quot; (the letters I, O, Z, S and V are never used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a unified social credit code are a region code and must be digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the unified social credit code does not match; check it for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrewCard</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrewStatus</name>
    <message>
        <source>You are not in a crew, so there is no crew status to set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrewStatusControl</name>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the crew is away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: vehicle inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrewTicketsPage</name>
    <message>
        <source>My crew&apos;s tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · sorted by the next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>You are not in a crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your supervisor to add you to a crew; its tickets will then appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tickets from the repair centre appear here as soon as they reach this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>This ID number already belongs to %1 (%2): search for the customer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credit code already belongs to %1 (%2): search for the company instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour of plate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a new-energy plate, which is green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a new-energy plate for a large vehicle, which is yellow-green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a new-energy plate: it is blue, yellow, white or black.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle %1 is already registered to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store is not open; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to save a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerInput</name>
    <message>
        <source>Choose individual or corporate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full name (2 to 60 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the agent&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid e-mail address or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contact channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade is A, B, C or D.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>This device is not set up yet; enroll it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plate colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate %1 cannot be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle %1 is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was said.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSummaryPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicles registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) in all</source>
        <translation>
            <numerusform>%n ticket in all</numerusform>
            <numerusform>%n tickets in all</numerusform>
        </translation>
    </message>
    <message>
        <source>No tickets for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the data file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is damaged or is not a FieldDesk store (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a FieldDesk store. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer FieldDesk (schema version %2; this version knows up to %3). It was left untouched: update FieldDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in schema is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migration from schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver gave no connection handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema script failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>Only a supervisor or an administrator can dispatch orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>%1 dispatched to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ticket, then the crew to send it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can dispatch orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for a crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket is waiting for a crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and returned tickets appear here until they are dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This outlet has no crews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crews are set up with fielddesk-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: now choose a crew on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch %1 %2 to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crew is away; the order waits on its tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crew is away until %1 (%2); the order waits on its tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crew is away until %1; the order waits on its tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchQueueRow</name>
    <message>
        <source>Returned by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchRepository</name>
    <message>
        <source>%1 is away; the order waits on the crew&apos;s tablet until they are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is away until %2; the order waits on the crew&apos;s tablet until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is away until %2 (%3); the order waits on the crew&apos;s tablet until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not accepted within %n min; no escalation contacts are set up.</source>
        <translation>
            <numerusform>Not accepted within %n min; no escalation contacts are set up.</numerusform>
            <numerusform>Not accepted within %n min; no escalation contacts are set up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not accepted within %n min; escalated to %1.</source>
        <translation>
            <numerusform>Not accepted within %n min; escalated to %1.</numerusform>
            <numerusform>Not accepted within %n min; escalated to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of escalation contacts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such crew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the crew to dispatch to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crew belongs to another outlet; choose one of this outlet&apos;s crews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off duty; choose another crew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket cannot be dispatched now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose standby, busy, away or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note under 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the crew is away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say until when the crew is away; the time must be later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This crew belongs to another outlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation contacts setting (%1) is not a list of names and phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each escalation contact needs a name and a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollForm</name>
    <message>
        <source>This device is enrolled. Its data is being fetched from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator if you do not know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten letters and digits; it works once, for 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll this device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollScreen</name>
    <message>
        <source>Connect this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device does not belong to an outlet yet. Enter the server address and the enrollment code from your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EtcClient</name>
    <message>
        <source>The server did not answer, so the card cannot be loaded now. A load that was made all the same is finished when the card is presented again, never made twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer. A loss report is cancelled online only; try again, it is never done twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultCatalogue</name>
    <message>
        <source>Fault catalogue, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key must be 1 to 32 lowercase letters, digits or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label in both languages (zh, en) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subcategory %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one category is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cause of the fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cause has no subcategories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what exactly was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultForm</name>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the reported fault real?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, as reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. re-activated the OBU and tested it in the lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save fault record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWorkRepository</name>
    <message>
        <source>The fault record is made on site: mark the arrival first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts are recorded on site: mark the arrival first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is completed on site: mark the arrival first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and the signature are taken on site: mark the arrival first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is closed; notes can no longer be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an order that is still being worked on can be chased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose equipment it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the work done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the part number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the part&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist item is not confirmed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only photos and signatures are attached to a ticket here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 64 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo must be a JPEG, PNG or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature must be a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the order is being chased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishChecklist</name>
    <message>
        <source>Finish checklist, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key must be 1 to 32 lowercase letters, digits or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind must be fault_record, parts, photo, signature or confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label in both languages (zh, en) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before finishing, still to do: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hlc</name>
    <message>
        <source>Not a valid clock timestamp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timestamp from %1 is too far in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskCasePanel</name>
    <message>
        <source>Follow up my request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number on your receipt and the phone number you gave us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair request (T-…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint (C-…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, e.g. 0101 01 000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will answer by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskHome</name>
    <message>
        <source>Check ETC balance and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card balance, card and OBU status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up a stored-value card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a lost card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a lost or stolen card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBU or card not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate our service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch a service to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your privacy this kiosk keeps nothing once you leave. It returns to this screen after a minute without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up my request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a repair request or complaint stands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskReceipt</name>
    <message>
        <source>We have received your complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have received your repair request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department responsible will contact you with an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repair crew will call you to arrange a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this kiosk; it is passed on once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskRequestForm</name>
    <message>
        <source>OBU not read at the toll lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBU display off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBU tamper warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance looks wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your complaint number is %1. Keep it: with it and your phone number you can follow up here or at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request number is %1. Keep it: with it and your phone number you can follow up here or at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep it to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us in a few words what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what your complaint is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what happened, in %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name, so that we know whom to ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your mobile phone number. We need it to reach you, and you need it to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has been saved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a repair request or a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk cannot save requests at the moment. Please ask at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle plate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields. Nothing has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskRequestPanel</name>
    <message>
        <source>Tell us what went wrong. The department responsible will look into it and answer you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what is wrong and how to reach you. A repair crew will call you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This works without a connection too: your request is saved on this kiosk and passed on automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is your complaint about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happens, what you have tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, when and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle plate (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 皖A12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskServicePanel</name>
    <message>
        <source>Needs the server connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming with the next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance and card status are kept on the ETC server. This kiosk cannot reach the server yet, so it cannot show them — we would rather show nothing than a figure we cannot vouch for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting a lost card here comes with the next update of this kiosk. To stop a lost card now, please go to the counter: staff will report it straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The satisfaction survey comes with the next update of this kiosk. Thank you for wanting to tell us how we did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff at the counter can help you with this right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recharge must be approved by the ETC server and written to your card. Taking payments at this kiosk comes with its next update; until then, please recharge at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskTextArea</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>中文</source>
        <comment>language name, always in Chinese</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <comment>language name, always in English</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossReportDesk</name>
    <message>
        <source>Enter the holder&apos;s resident ID (18 characters) or unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the holder is at the counter or on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone, ask for the ID number the card was issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store is not open; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to record a loss report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. The card is not reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported. This device&apos;s status list already carries the card (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported. The card is frozen once the server confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent; it goes out first when this device is online. The card still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; waiting for the server to freeze the card. The card still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen at %1; lanes refuse the card as the list reaches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes refuse the card as the list reaches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier report had frozen the card already; nothing more to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported, not yet frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen — on status list version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on the status list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number given is not the card holder&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no ID on file for this holder; the holder must come to a counter with the card&apos;s papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the holder&apos;s ID number is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card with this number has been issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card&apos;s state does not allow a loss report (it may be cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed-in person&apos;s role may not report a loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report was incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never received from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current as of just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Current as of %n min ago</source>
        <translation>
            <numerusform>Current as of %n min ago</numerusform>
            <numerusform>Current as of %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current as of %n hour(s) ago</source>
        <translation>
            <numerusform>Current as of %n hour ago</numerusform>
            <numerusform>Current as of %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current as of %n day(s) ago</source>
        <translation>
            <numerusform>Current as of %n day ago</numerusform>
            <numerusform>Current as of %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>The card is NOT frozen. Correct it with the customer and report again, or see the sync panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refused report was discarded and never reached the server: the card is NOT frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (discarded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossReportPage</name>
    <message>
        <source>Report loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: reports go out at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: reports go out first when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report is taken here even offline and is sent before anything else once this counter is online. Until the server confirms it, the card is NOT frozen and can still be used: tell the customer so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number (20 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3401 2201 0000 0000 0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder&apos;s ID number or credit code (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder&apos;s ID number or credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID or unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody sees the caller&apos;s papers: the server checks the number against the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the holder&apos;s ID card; with the number the server checks it against the account too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the customer: until then the card is not frozen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record loss report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status list on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1 · %n card(s) or OBU(s) listed</source>
        <translation>
            <numerusform>Version %1 · %n card or OBU listed</numerusform>
            <numerusform>Version %1 · %n cards or OBUs listed</numerusform>
        </translation>
    </message>
    <message>
        <source>No status list on this device yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent loss reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not yet frozen</source>
        <translation>
            <numerusform>%n not yet frozen</numerusform>
            <numerusform>%n not yet frozen</numerusform>
        </translation>
    </message>
    <message>
        <source>No loss reports on this device yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports taken here are listed with what became of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>FieldDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobilePhone</name>
    <message>
        <source>Enter a mobile phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile phone number has 11 digits and starts with 13 to 19, e.g. 138 0013 8000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount in yuan with at most two decimals, e.g. 50 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewComplaintPage</name>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone for the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s number on record, masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where, who was involved, what the complainant expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety, a car stuck at a lane, money taken twice: the answer is due within hours, not days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the first contact for this complaint and own it until the complainant has an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting. Nothing was saved.</source>
        <translation>
            <numerusform>%n field needs correcting. Nothing was saved.</numerusform>
            <numerusform>%n fields need correcting. Nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCustomerPage</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digits, the last may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, on the business licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person acting for the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 皖A12345 or 皖AD12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle licence number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred way to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs and notes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting. Nothing was saved.</source>
        <translation>
            <numerusform>%n field needs correcting. Nothing was saved.</numerusform>
            <numerusform>%n fields need correcting. Nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTicketPage</name>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short title, e.g. OBU not recognised at the toll lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows from urgency and impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (address or toll station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happens, what the customer has tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting. Nothing was saved.</source>
        <translation>
            <numerusform>%n field needs correcting. Nothing was saved.</numerusform>
            <numerusform>%n fields need correcting. Nothing was saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s number on record, masked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObuStateMachine</name>
    <message>
        <source>not activated</source>
        <comment>OBU state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <comment>OBU state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed from the windscreen</source>
        <comment>OBU state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported lost</source>
        <comment>OBU state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>OBU state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>OBU state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OBU that is %1 cannot be activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OBU that is %1 cannot be marked as removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OBU that is %1 cannot be reported lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OBU that is %1 has no loss report to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OBU that is %1 cannot be suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OBU that is %1 cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OBU that is %1 cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageBanner</name>
    <message>
        <source>Expected to end %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageBoard</name>
    <message>
        <source>Outage notices are published and changed by supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as 2026-03-02 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageNoticeForm</name>
    <message>
        <source>New outage notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers should know first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected area or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A road section, district or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do meanwhile, e.g. use the manual toll lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now, or as 2026-03-02 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known, or as 2026-03-02 18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only at this outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageNoticePanel</name>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No update yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note (ending the notice needs one too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Crews on site; northbound lanes open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected area or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageRepository</name>
    <message>
        <source>Say where or what is affected (2 to 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the update in 2 to 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of outage it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the notice a short title (2 to 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not set up yet; enroll it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such outage notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notice has ended; publish a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutagesPage</name>
    <message>
        <source>Outage notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outage is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice ended in the last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outage notice is in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a notice when a service, the power or a road is down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverduePage</name>
    <message>
        <source>Overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets whose current step is past its time limit, most overdue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets appear here as soon as a step passes its time limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>Enter the resident ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A resident ID number has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>A resident ID number has 18 characters; this one has %n.</numerusform>
            <numerusform>A resident ID number has 18 characters; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>A resident ID number is 17 digits followed by a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident ID number starts with an unknown region code (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the resident ID number (%1) is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the resident ID number is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the resident ID number is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the resident ID number does not match; check it for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter your staff number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data is open on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot use the tablet: only repair crew members and supervisors can sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot use the counter: only counter, finance, supervisor and administrator staff can sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signs in on a self-service kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your crew&apos;s tickets and record each step on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN is checked on this device, so signing in works without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to look up customers and tickets at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Customer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to sign below to confirm the work was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message numerus="yes">
        <source>Wrong staff number or PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong staff number or PIN. %n attempt left.</numerusform>
            <numerusform>Wrong staff number or PIN. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a staff number of up to 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the staff member at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong staff number or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This staff account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. This staff number is locked for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusListRepository</name>
    <message>
        <source>Enter the holder&apos;s resident ID (18 characters) or unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loss report comes from the counter, a kiosk or the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID number the card was issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 60 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such loss report on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot advance the counter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to synced data must be written inside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records cannot be changed; add a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change needs the id of its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 to change was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncErrorModel</name>
    <message>
        <source>This change is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncErrorRow</name>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n change(s))</source>
        <translation>
            <numerusform>(%n change)</numerusform>
            <numerusform>(%n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>changes are not going out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Discard this change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will never reach the server, and other devices will not see it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not connected to a server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Work goes on here and is sent when it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change of yours was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>This app cannot enroll here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the enrollment code from your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabletHome</name>
    <message>
        <source>Re-activated the OBU and tested it in the lane with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to repair centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At repair centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by repair centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched to crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew arrived on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed after callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened after callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for re-dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P4 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P5 lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow-green plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBU fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBU activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll transaction problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow-green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in person&apos;s role may not make this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know the person who made this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else moved this ticket on first; this step no longer fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has this record already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to change is not on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this kind of change; it may need an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this change did not reach the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not accepted for %2 h %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not accepted for %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have received your complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your complaint is with the department responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your complaint is being handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have answered your complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your complaint is being handled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your complaint is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have your request and are assigning a repair crew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repair crew has been assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair crew has taken on your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair crew is on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair crew is on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair is done; we will call you to make sure all is well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: the repair is done and you confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are assigning a repair crew again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered, awaiting verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch to a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched to a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected to end %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card with this number has been issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number given is not the card holder&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no ID on file for this holder; the holder must come to a counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s ID number is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <source>This step is not available for this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member of the ticket&apos;s crew can change it, on the crew&apos;s tablet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketDetailPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crew has no steps left on this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the crew this ticket is dispatched to can take these steps, on its tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are you returning this ticket?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the address is outside our area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dispatched to a crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do before finishing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this order being chased?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the customer called again; the crew is 20 minutes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chase this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible to everyone who works on this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <source>Describe the problem in a short title (2 to 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the problem was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the urgency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the person to call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the customer&apos;s vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store is not open; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to save a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketRepository</name>
    <message>
        <source>Describe the problem in a short title (2 to 120 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency and impact are 1 (high) to 3 (low).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not set up yet; enroll it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the crew to dispatch to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the order is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketRow</name>
    <message>
        <source>Step due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>reported</source>
        <comment>ticket state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to the repair centre</source>
        <comment>ticket state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the repair centre</source>
        <comment>ticket state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched</source>
        <comment>ticket state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered to the crew</source>
        <comment>ticket state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>ticket state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under way</source>
        <comment>ticket state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on site</source>
        <comment>ticket state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <comment>ticket state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <comment>ticket state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <comment>ticket state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <comment>ticket state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>ticket state in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <comment>ticket event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <comment>ticket event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched</source>
        <comment>ticket event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>ticket event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>ticket event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as departed</source>
        <comment>ticket event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as arrived</source>
        <comment>ticket event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <comment>ticket event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <comment>ticket event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <comment>ticket event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <comment>ticket event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>ticket event in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket that is %1 cannot be %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehiclePlate</name>
    <message>
        <source>Enter the plate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plate number starts with a province abbreviation such as 京 or 粤; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second character of a plate number is a letter for the issuing office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last five characters of a plate number are digits or letters other than I and O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An 8-character new-energy plate number is either D or F, a letter or digit and four digits (沪AD12345), or five digits and D or F (粤B12345D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A plate number has 7 characters, or 8 for a new-energy vehicle; this one has %n.</source>
        <translation>
            <numerusform>A plate number has 7 characters, or 8 for a new-energy vehicle; this one has %n.</numerusform>
            <numerusform>A plate number has 7 characters, or 8 for a new-energy vehicle; this one has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkRecord</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member of the ticket&apos;s crew can record the work, on the crew&apos;s tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work record is filled in on site, after the arrival and before finishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the chosen file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be read; ask the customer to sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late orders are chased from the counter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkRecordPanel</name>
    <message>
        <source>Customer&apos;s equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party&apos;s equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fault record yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault as reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fault found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fault record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::SyncEngine</name>
    <message>
        <source>This device is not enrolled with a server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 results for %2 changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync did not finish within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must look like http://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
