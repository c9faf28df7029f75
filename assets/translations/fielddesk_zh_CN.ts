<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppHeader</name>
    <message>
        <source>FieldDesk</source>
        <translation>FieldDesk</translation>
    </message>
    <message>
        <source>Outlet %1</source>
        <translation>网点 %1</translation>
    </message>
    <message>
        <source>Device not enrolled</source>
        <translation>设备未登记</translation>
    </message>
    <message>
        <source>Outlet %1 · device %2</source>
        <translation>网点 %1 · 设备 %2</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>CallbackDecision</name>
    <message>
        <source>Call the customer back first: their answer closes or reopens the ticket.</source>
        <translation>请先回访客户：根据客户的答复结单或重新打开工单。</translation>
    </message>
    <message>
        <source>The callback named is about another ticket.</source>
        <translation>所指定的回访属于另一张工单。</translation>
    </message>
    <message>
        <source>The callback named did not reach the customer.</source>
        <translation>所指定的回访未联系上客户。</translation>
    </message>
    <message>
        <source>The customer was not satisfied: the ticket is reopened, not closed.</source>
        <translation>客户不满意：工单应重新打开，不能结单。</translation>
    </message>
    <message>
        <source>The customer was satisfied: the ticket is closed, not reopened.</source>
        <translation>客户满意：工单应结单，不能重新打开。</translation>
    </message>
    <message>
        <source>The callback that decides this step is not on this device yet.</source>
        <translation>决定此步骤的回访记录尚未同步到本设备。</translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Callbacks are recorded by counter staff.</source>
        <translation>回访由柜员登记。</translation>
    </message>
    <message>
        <source>Reached by</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Satisfaction (1 very unhappy … 5 very happy)</source>
        <translation>满意度（1 非常不满意 … 5 非常满意）</translation>
    </message>
    <message>
        <source>Is the customer satisfied with the repair?</source>
        <translation>客户对维修结果是否满意？</translation>
    </message>
    <message>
        <source>Yes: close the ticket</source>
        <translation>满意：结单</translation>
    </message>
    <message>
        <source>No: reopen it</source>
        <translation>不满意：重新打开</translation>
    </message>
    <message>
        <source>What is still wrong (the crew will read this)</source>
        <translation>仍存在的问题（班组会看到）</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>登记回访结果</translation>
    </message>
    <message>
        <source>No answer: try later</source>
        <translation>未接通，稍后再试</translation>
    </message>
</context>
<context>
    <name>CardLoadDesk</name>
    <message>
        <source>Enter the amount in yuan, e.g. 100 or 50.50.</source>
        <translation>请输入金额（元），例如 100 或 50.50。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>Loading a card needs the connection to the server, which this device does not have.</source>
        <translation>圈存需要连接服务器，本设备尚未连接。</translation>
    </message>
    <message>
        <source>This card had a load of %1 that had not reached it; it is on the card now. No new load was made: take the new payment only if the customer still wants it.</source>
        <translation>此卡有一笔 %1 的圈存此前未写入卡片，现已写入。本次未新增圈存：如客户仍需充值，再收取新的款项。</translation>
    </message>
    <message>
        <source>%1 loaded onto the card.</source>
        <translation>已向卡片圈存 %1。</translation>
    </message>
    <message>
        <source>The card has every load made for it.</source>
        <translation>此卡的所有圈存均已写入卡片。</translation>
    </message>
    <message>
        <source>The load of %1 that had not reached this card is on it now.</source>
        <translation>此前未写入的 %1 圈存现已写入此卡。</translation>
    </message>
    <message>
        <source>This card cannot be loaded: %1</source>
        <translation>此卡无法圈存：%1</translation>
    </message>
    <message>
        <source>An earlier load of this card has not reached it yet. Present the card again to finish that one first.</source>
        <translation>此卡有一笔此前的圈存尚未写入卡片。请重新放卡，先完成那一笔。</translation>
    </message>
    <message>
        <source>A single load is between ¥0.01 and ¥5,000.00.</source>
        <translation>单笔圈存金额须在 ¥0.01 至 ¥5,000.00 之间。</translation>
    </message>
    <message>
        <source>The server does not know this card.</source>
        <translation>服务器上没有这张卡。</translation>
    </message>
    <message>
        <source>Your role does not allow card loads.</source>
        <translation>您的岗位无权办理圈存。</translation>
    </message>
    <message>
        <source>This device is not accepted by the server; please tell the supervisor.</source>
        <translation>服务器不接受本设备，请告知主管。</translation>
    </message>
    <message>
        <source>The card&apos;s record no longer shows whether its last load reached it. The load is kept for review by the back office; nothing was charged twice.</source>
        <translation>卡内记录已无法说明上一笔圈存是否写入。该笔圈存已交后台复核；不会重复扣款。</translation>
    </message>
    <message>
        <source>This payment was already used for another load; start again.</source>
        <translation>这笔付款已用于另一笔圈存，请重新开始。</translation>
    </message>
    <message>
        <source>The server could not complete the request; try again in a moment. Nothing is loaded twice.</source>
        <translation>服务器未能完成请求，请稍后重试。不会重复圈存。</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>cancelled without the card</source>
        <translation>无卡注销</translation>
    </message>
    <message>
        <source>balance too low</source>
        <translation>余额不足</translation>
    </message>
    <message>
        <source>overdrawn</source>
        <translation>透支</translation>
    </message>
    <message>
        <source>vehicle mismatch</source>
        <translation>车卡不符</translation>
    </message>
    <message>
        <source>This device&apos;s status list cannot be read, so the card cannot be checked; it is not loaded. (%1)</source>
        <translation>无法读取本机的状态名单，不能核验此卡，因此未圈存。（%1）</translation>
    </message>
    <message>
        <source>This card is on the status list (%1) since %2; it cannot be loaded.</source>
        <translation>此卡自 %2 起已列入状态名单（%1），不能圈存。</translation>
    </message>
</context>
<context>
    <name>CardLoadFlow</name>
    <message>
        <source>The card was not written. The money is on the account; present the card again to finish load %1.</source>
        <translation>卡片未写入。款项已记入账户；请再次出示卡片以完成圈存 %1。</translation>
    </message>
    <message>
        <source>Card %1 holds at most %2 and has %3 on it.</source>
        <translation>卡片 %1 最多可存 %2，当前余额 %3。</translation>
    </message>
</context>
<context>
    <name>CardLoadPage</name>
    <message>
        <source>Card load</source>
        <translation>圈存</translation>
    </message>
    <message>
        <source>Needs the server</source>
        <translation>需要连接服务器</translation>
    </message>
    <message>
        <source>Server connected</source>
        <translation>服务器已连接</translation>
    </message>
    <message>
        <source>Server not reachable right now</source>
        <translation>暂时无法连接服务器</translation>
    </message>
    <message>
        <source>Loads are authorised by the server only, so they cannot be made while this counter is offline. Everything else here keeps working.</source>
        <translation>圈存只能由服务器授权，柜台离线时无法办理。其他业务照常可用。</translation>
    </message>
    <message>
        <source>Card reader</source>
        <translation>读卡器</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Simulated reader: choose the card the customer put on it.</source>
        <translation>模拟读卡器：请选择客户放上的卡片。</translation>
    </message>
    <message>
        <source>No card on the reader</source>
        <translation>读卡器上没有卡片</translation>
    </message>
    <message>
        <source>Cards for this reader are issued at the server and lie in the card-reader folder of this counter.</source>
        <translation>此读卡器的卡片由服务器发行，存放在本柜台的 card-reader 文件夹中。</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Put the customer&apos;s card on the reader.</source>
        <translation>请将客户的卡片放在读卡器上。</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Balance on the card</source>
        <translation>卡内余额</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡类型</translation>
    </message>
    <message>
        <source>Debit card</source>
        <translation>记账卡</translation>
    </message>
    <message>
        <source>Stored-value card</source>
        <translation>储值卡</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Amount paid (yuan)</source>
        <translation>实收金额（元）</translation>
    </message>
    <message>
        <source>e.g. 200 or 50.50</source>
        <translation>例如 200 或 50.50</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>扫码支付</translation>
    </message>
    <message>
        <source>Card balance now %1 · account balance %2 · load %3</source>
        <translation>卡内余额 %1 · 账户余额 %2 · 圈存单号 %3</translation>
    </message>
    <message>
        <source>Asking the server and writing the card… keep the card on the reader.</source>
        <translation>正在请求服务器并写卡……请勿移开卡片。</translation>
    </message>
    <message>
        <source>Finish the earlier load</source>
        <translation>完成此前的圈存</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Load card</source>
        <translation>确认圈存</translation>
    </message>
</context>
<context>
    <name>CardNumber</name>
    <message>
        <source>A card number is 20 digits.</source>
        <translation>卡号为 20 位数字。</translation>
    </message>
</context>
<context>
    <name>CardStateMachine</name>
    <message>
        <source>normal</source>
        <comment>card state in a sentence</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>lost</source>
        <comment>card state in a sentence</comment>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>card state in a sentence</comment>
        <translation>已停用</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>card state in a sentence</comment>
        <translation>已注销</translation>
    </message>
    <message>
        <source>A %1 card cannot be reported lost.</source>
        <translation>状态为“%1”的卡片不能挂失。</translation>
    </message>
    <message>
        <source>A %1 card has no loss report to cancel.</source>
        <translation>状态为“%1”的卡片没有可解除的挂失。</translation>
    </message>
    <message>
        <source>A %1 card cannot be suspended.</source>
        <translation>状态为“%1”的卡片不能停用。</translation>
    </message>
    <message>
        <source>A %1 card cannot be resumed.</source>
        <translation>状态为“%1”的卡片不能恢复使用。</translation>
    </message>
    <message>
        <source>A %1 card cannot be replaced.</source>
        <translation>状态为“%1”的卡片不能换卡。</translation>
    </message>
    <message>
        <source>A %1 card cannot be cancelled.</source>
        <translation>状态为“%1”的卡片不能注销。</translation>
    </message>
    <message>
        <source>A %1 card cannot be loaded.</source>
        <translation>状态为“%1”的卡片不能充值。</translation>
    </message>
    <message>
        <source>Replacing a card needs the old card, or an effective loss report.</source>
        <translation>换卡需要交回旧卡，或已有生效的挂失。</translation>
    </message>
    <message>
        <source>Cancelling a card needs the card, or an effective loss report.</source>
        <translation>注销卡片需要交回卡片，或已有生效的挂失。</translation>
    </message>
</context>
<context>
    <name>CardTerminal</name>
    <message>
        <source>The card cannot be read (%1).</source>
        <translation>无法读取卡片（%1）。</translation>
    </message>
    <message>
        <source>Place the card on the reader.</source>
        <translation>请将卡片放在读卡器上。</translation>
    </message>
    <message>
        <source>This is card %1, not card %2. Present the card the load is for.</source>
        <translation>这是卡片 %1，不是卡片 %2。请出示要圈存的卡片。</translation>
    </message>
    <message>
        <source>The card has moved on since the load was authorised.</source>
        <translation>圈存授权后卡片已有新交易。</translation>
    </message>
    <message>
        <source>The card refused the load authorisation.</source>
        <translation>卡片拒绝了圈存授权。</translation>
    </message>
    <message>
        <source>The card cannot hold that balance.</source>
        <translation>卡片无法容纳该余额。</translation>
    </message>
    <message>
        <source>The card left the reader during the write.</source>
        <translation>写卡过程中卡片离开了读卡器。</translation>
    </message>
    <message>
        <source>The card balance is too low.</source>
        <translation>卡片余额不足。</translation>
    </message>
</context>
<context>
    <name>CaseClient</name>
    <message>
        <source>The server cannot be reached right now; try again in a moment.</source>
        <translation>暂时无法连接服务器，请稍后再试。</translation>
    </message>
    <message>
        <source>This kiosk is not accepted by the server; please tell the staff.</source>
        <translation>本机未获服务器授权，请告知工作人员。</translation>
    </message>
    <message>
        <source>The server could not answer; try again in a moment.</source>
        <translation>服务器暂时无法响应，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>CaseFinder</name>
    <message>
        <source>Looking up a case needs the connection to the server, which this device does not have yet.</source>
        <translation>查询办理进度需要连接服务器，本设备尚未连接。</translation>
    </message>
</context>
<context>
    <name>CaseLookup</name>
    <message>
        <source>No case matches this number and phone number. Check both and try again.</source>
        <translation>没有与该单号和手机号码相符的记录，请核对后重试。</translation>
    </message>
    <message>
        <source>Enter the case number and the phone number given with it.</source>
        <translation>请输入单号及登记时留下的手机号码。</translation>
    </message>
</context>
<context>
    <name>CloseOutBoard</name>
    <message>
        <source>Callbacks are recorded by counter staff, signed in at a counter.</source>
        <translation>回访须由柜员在营业厅柜台登录后登记。</translation>
    </message>
</context>
<context>
    <name>CloseOutPage</name>
    <message>
        <source>Close-out</source>
        <translation>回访结单</translation>
    </message>
    <message>
        <source>Finished tickets wait here for the callback to the customer, the one to call first on top.</source>
        <translation>处理完毕的工单在此等待回访，最先需要回访的排在最前。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) unanswered</source>
        <translation>
            <numerusform>%n 次未接通</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · try again at %2</source>
        <translation>%1 · %2 再次回访</translation>
    </message>
    <message>
        <source>No ticket is waiting for its callback</source>
        <translation>暂无待回访工单</translation>
    </message>
    <message>
        <source>Tickets appear here when a crew finishes them.</source>
        <translation>班组处理完毕的工单会显示在这里。</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>查看工单</translation>
    </message>
    <message>
        <source>Contact to call back</source>
        <translation>回访联系人</translation>
    </message>
</context>
<context>
    <name>CloseOutRepository</name>
    <message>
        <source>Say how the customer was contacted.</source>
        <translation>请选择回访方式。</translation>
    </message>
    <message>
        <source>Keep what the customer said under 2000 characters.</source>
        <translation>客户反馈不能超过 2000 个字符。</translation>
    </message>
    <message>
        <source>Rate the customer&apos;s satisfaction from 1 to 5.</source>
        <translation>请按 1 至 5 评定客户满意度。</translation>
    </message>
    <message>
        <source>Is the customer satisfied with the repair?</source>
        <translation>客户对维修结果是否满意？</translation>
    </message>
    <message>
        <source>Write down what is still wrong: the crew needs it when the ticket is reopened.</source>
        <translation>请填写仍存在的问题：工单重新打开后，班组需要据此处理。</translation>
    </message>
    <message>
        <source>Only a finished ticket gets its callback before closing.</source>
        <translation>只有处理完毕的工单才能回访结单。</translation>
    </message>
    <message>
        <source>No such ticket.</source>
        <translation>找不到该工单。</translation>
    </message>
    <message>
        <source>Callback for %1: no answer (attempt %2).</source>
        <translation>%1 回访：未接通（第 %2 次）。</translation>
    </message>
    <message>
        <source>Callback for %1: satisfied (%2 of 5); ticket closed.</source>
        <translation>%1 回访：满意（%2 分，满分 5 分），已结单。</translation>
    </message>
    <message>
        <source>Callback for %1: not satisfied (%2 of 5); ticket reopened.</source>
        <translation>%1 回访：不满意（%2 分，满分 5 分），工单已重新打开。</translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <source>This step is not available for this complaint.</source>
        <translation>此投诉当前不能执行这一步。</translation>
    </message>
    <message>
        <source>Only a supervisor can archive a complaint.</source>
        <translation>只有主管可以将投诉归档。</translation>
    </message>
    <message>
        <source>Sign in at the counter to work on complaints.</source>
        <translation>请在柜台登录后处理投诉。</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Came in via</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>First contact (owner)</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>处理部门</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>About ticket</source>
        <translation>相关工单</translation>
    </message>
    <message>
        <source>Reply (complainant satisfied)</source>
        <translation>答复（投诉人满意）</translation>
    </message>
    <message>
        <source>Reply (complainant not satisfied)</source>
        <translation>答复（投诉人不满意）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Sign in as counter staff or a supervisor to work on this complaint.</source>
        <translation>请以柜员或主管身份登录后处理此投诉。</translation>
    </message>
    <message>
        <source>Closed. A supervisor files it away.</source>
        <translation>已办结，由主管归档。</translation>
    </message>
    <message>
        <source>Nothing is left to do on this complaint.</source>
        <translation>此投诉已无待办事项。</translation>
    </message>
    <message>
        <source>Which department handles it?</source>
        <translation>由哪个部门处理？</translation>
    </message>
    <message>
        <source>What answer was given to the complainant?</source>
        <translation>给投诉人的答复是什么？</translation>
    </message>
    <message>
        <source>Why is the complaint escalated?</source>
        <translation>为什么升级此投诉？</translation>
    </message>
    <message>
        <source>e.g. customer service centre</source>
        <translation>例如：客户服务中心</translation>
    </message>
    <message>
        <source>What was found and what was done about it</source>
        <translation>调查结果和处理措施</translation>
    </message>
    <message>
        <source>e.g. the complainant rejects the answer and asks for a manager</source>
        <translation>例如：投诉人不接受答复，要求主管处理</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Enter the complainant&apos;s name (at most %1 characters).</source>
        <translation>请填写投诉人姓名（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation>请选择受理渠道。</translation>
    </message>
    <message>
        <source>Choose what the complaint is about.</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <source>Write down what happened, in the complainant&apos;s words (%1 to %2 characters).</source>
        <translation>请按投诉人的原话记录事情经过（%1 至 %2 个字符）。</translation>
    </message>
    <message>
        <source>The local store is not open; nothing was saved.</source>
        <translation>本地数据未打开，未保存。</translation>
    </message>
    <message>
        <source>Sign in to register a complaint.</source>
        <translation>请登录后登记投诉。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>ComplaintRepository</name>
    <message>
        <source>Give the complainant&apos;s name (at most 40 characters).</source>
        <translation>请填写投诉人姓名（不超过 40 个字符）。</translation>
    </message>
    <message>
        <source>Choose a category: product quality, service, price, false advertising or other.</source>
        <translation>请选择投诉类别：产品质量、服务、价格、虚假宣传或其他。</translation>
    </message>
    <message>
        <source>Write down what the complaint is about (4 to 2000 characters).</source>
        <translation>请填写投诉内容（4 至 2000 个字符）。</translation>
    </message>
    <message>
        <source>The record this complaint refers to is not on this device.</source>
        <translation>该投诉关联的记录不在本设备上。</translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation>未知的受理渠道。</translation>
    </message>
    <message>
        <source>This device is not set up yet; enroll it first.</source>
        <translation>本设备尚未完成设置，请先登记设备。</translation>
    </message>
    <message>
        <source>A kiosk takes complaints on the kiosk channel only.</source>
        <translation>自助终端只能受理自助终端渠道的投诉。</translation>
    </message>
    <message>
        <source>A complaint cannot have been received in the future.</source>
        <translation>投诉的受理时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>Write down the answer given to the complainant (at most 2000 characters).</source>
        <translation>请填写给投诉人的答复（不超过 2000 个字符）。</translation>
    </message>
    <message>
        <source>Say why the complaint is escalated.</source>
        <translation>请说明升级投诉的原因。</translation>
    </message>
    <message>
        <source>Say what to change.</source>
        <translation>请说明要修改的内容。</translation>
    </message>
    <message>
        <source>No such complaint.</source>
        <translation>找不到该投诉。</translation>
    </message>
    <message>
        <source>No complaint &quot;%1&quot;.</source>
        <translation>找不到投诉“%1”。</translation>
    </message>
    <message>
        <source>Enter the department to dispatch to (at most 60 characters).</source>
        <translation>请填写转办部门（最多 60 个字符）。</translation>
    </message>
</context>
<context>
    <name>ComplaintWorkflow</name>
    <message>
        <source>registered</source>
        <comment>complaint state in a sentence</comment>
        <translation>已登记</translation>
    </message>
    <message>
        <source>with a department</source>
        <comment>complaint state in a sentence</comment>
        <translation>已转办部门</translation>
    </message>
    <message>
        <source>being handled</source>
        <comment>complaint state in a sentence</comment>
        <translation>处理中</translation>
    </message>
    <message>
        <source>answered</source>
        <comment>complaint state in a sentence</comment>
        <translation>已答复</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>complaint state in a sentence</comment>
        <translation>已办结</translation>
    </message>
    <message>
        <source>reopened</source>
        <comment>complaint state in a sentence</comment>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>complaint state in a sentence</comment>
        <translation>已归档</translation>
    </message>
    <message>
        <source>dispatched to a department</source>
        <comment>complaint event in a sentence</comment>
        <translation>转办部门</translation>
    </message>
    <message>
        <source>taken up for handling</source>
        <comment>complaint event in a sentence</comment>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>answered</source>
        <comment>complaint event in a sentence</comment>
        <translation>答复</translation>
    </message>
    <message>
        <source>closed as satisfied</source>
        <comment>complaint event in a sentence</comment>
        <translation>按满意办结</translation>
    </message>
    <message>
        <source>reopened as not satisfied</source>
        <comment>complaint event in a sentence</comment>
        <translation>按不满意重新打开</translation>
    </message>
    <message>
        <source>escalated</source>
        <comment>complaint event in a sentence</comment>
        <translation>升级</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>complaint event in a sentence</comment>
        <translation>归档</translation>
    </message>
    <message>
        <source>A complaint that is %1 cannot be %2.</source>
        <translation>%1的投诉不能%2。</translation>
    </message>
    <message>
        <source>An appeal is the highest level; it cannot be escalated further.</source>
        <translation>申诉已是最高级别，不能再升级。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Open complaints, the one to answer soonest first.</source>
        <translation>未办结的投诉，答复期限最近的排在最前。</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 件已超期</numerusform>
        </translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>责任人：%1</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>暂无责任人</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>处理部门：%1</translation>
    </message>
    <message>
        <source>Answer by %1</source>
        <translation>答复期限 %1</translation>
    </message>
    <message>
        <source>No open complaints</source>
        <translation>没有未办结的投诉</translation>
    </message>
    <message>
        <source>Complaints taken at the counter, by phone, online, in the field or at the kiosk appear here until the complainant is satisfied.</source>
        <translation>柜台、电话、网上、现场和自助终端受理的投诉都显示在这里，直到投诉人满意为止。</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>This conflict is no longer in the list.</source>
        <translation>这条冲突已不在列表中。</translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>This conflict is no longer there.</source>
        <translation>这条冲突记录已不存在。</translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation>这条冲突已经处理过了。</translation>
    </message>
    <message>
        <source>This record can no longer be changed here.</source>
        <translation>这条记录已无法在此修改。</translation>
    </message>
</context>
<context>
    <name>ConflictRow</name>
    <message>
        <source>Your change to %1 of %2 was overwritten by %3 at %4.</source>
        <translation>您对 %2 的%1所做的修改，已于 %4 被%3覆盖。</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>另一台设备</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>You applied yours again.</source>
        <translation>您已重新应用自己的修改。</translation>
    </message>
    <message>
        <source>You kept the other value.</source>
        <translation>您保留了对方的值。</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Apply mine again</source>
        <translation>重新应用我的</translation>
    </message>
</context>
<context>
    <name>CounterHome</name>
    <message>
        <source>Overdue now</source>
        <translation>当前超时工单</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>客户与工单查询</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Close-out</source>
        <translation>回访结单</translation>
    </message>
    <message>
        <source>Outage notices</source>
        <translation>停运通知</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Card load</source>
        <translation>圈存</translation>
    </message>
    <message>
        <source>Report loss</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Card issue, cancelling a loss report and other ETC account work are not available here yet.</source>
        <translation>发卡、解挂等其他 ETC 账户业务暂未在此提供。</translation>
    </message>
</context>
<context>
    <name>CounterOutageStrip</name>
    <message>
        <source>expected to end %1</source>
        <translation>预计 %1 结束</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>另有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterSearchPage</name>
    <message>
        <source>Find a customer or ticket</source>
        <translation>查询客户或工单</translation>
    </message>
    <message>
        <source>Name, phone or its last digits, plate, card, ID or ticket number</source>
        <translation>姓名、手机号（或尾号）、车牌、卡号、证件号或工单号</translation>
    </message>
    <message>
        <source>Customers (%1)</source>
        <translation>客户（%1）</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>工单（%1）</translation>
    </message>
    <message>
        <source>Search the local records</source>
        <translation>查询本机记录</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>未找到与“%1”相关的记录</translation>
    </message>
    <message>
        <source>Type part of a name (张三 is found by 三), the last four digits of a phone, a plate such as 皖A12345, or a ticket number.</source>
        <translation>可输入姓名的一部分（输入“三”即可找到张三）、手机号后四位、车牌号（如 皖A12345）或工单号。</translation>
    </message>
    <message>
        <source>Check the spelling, or try the last digits of the phone number.</source>
        <translation>请检查输入内容，或改用手机号后几位查询。</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Create a new customer</source>
        <translation>创建新客户</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>统一社会信用代码为 18 位，当前输入了 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>A unified social credit code cannot contain &quot;%1&quot; (the letters I, O, Z, S and V are never used).</source>
        <translation>统一社会信用代码不能包含“%1”（不使用字母 I、O、Z、S、V）。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a unified social credit code are a region code and must be digits.</source>
        <translation>统一社会信用代码第 3 至 8 位为行政区划码，必须是数字。</translation>
    </message>
    <message>
        <source>The check character of the unified social credit code does not match; check it for a typing error.</source>
        <translation>统一社会信用代码校验位不符，请检查是否输错。</translation>
    </message>
</context>
<context>
    <name>CrewCard</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 张未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>No members</source>
        <translation>暂无成员</translation>
    </message>
    <message>
        <source>Vehicle out</source>
        <translation>车辆外出</translation>
    </message>
    <message>
        <source>Until %1 · %2</source>
        <translation>至 %1 · %2</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>至 %1</translation>
    </message>
</context>
<context>
    <name>CrewStatus</name>
    <message>
        <source>You are not in a crew, so there is no crew status to set.</source>
        <translation>您尚未加入班组，无法设置班组状态。</translation>
    </message>
</context>
<context>
    <name>CrewStatusControl</name>
    <message>
        <source>%1 until %2</source>
        <translation>%1至 %2</translation>
    </message>
    <message>
        <source>Crew status: %1</source>
        <translation>班组状态：%1</translation>
    </message>
    <message>
        <source>Crew status</source>
        <translation>班组状态</translation>
    </message>
    <message>
        <source>Why the crew is away</source>
        <translation>暂离原因</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>For example: vehicle inspection</source>
        <translation>例如：车辆年检</translation>
    </message>
    <message>
        <source>Away for</source>
        <translation>暂离时长</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>CrewTicketsPage</name>
    <message>
        <source>My crew&apos;s tickets</source>
        <translation>本班组工单</translation>
    </message>
    <message>
        <source>%1 · sorted by the next deadline</source>
        <translation>%1 · 按最近时限排序</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 张未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>You are not in a crew</source>
        <translation>您尚未加入班组</translation>
    </message>
    <message>
        <source>No open tickets</source>
        <translation>暂无待处理工单</translation>
    </message>
    <message>
        <source>Ask your supervisor to add you to a crew; its tickets will then appear here.</source>
        <translation>请联系主管将您加入班组，班组的工单将显示在这里。</translation>
    </message>
    <message>
        <source>New tickets from the repair centre appear here as soon as they reach this tablet.</source>
        <translation>维修中心派发的新工单送达本平板后会立即显示在这里。</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>This ID number already belongs to %1 (%2): search for the customer instead.</source>
        <translation>该身份证号码已登记在 %1（%2）名下，请直接查询该客户。</translation>
    </message>
    <message>
        <source>This credit code already belongs to %1 (%2): search for the company instead.</source>
        <translation>该统一社会信用代码已登记在 %1（%2）名下，请直接查询该单位。</translation>
    </message>
    <message>
        <source>Choose the colour of plate %1.</source>
        <translation>请选择车牌 %1 的颜色。</translation>
    </message>
    <message>
        <source>%1 is a new-energy plate, which is green.</source>
        <translation>%1 是新能源汽车号牌，颜色应为绿色。</translation>
    </message>
    <message>
        <source>%1 is a new-energy plate for a large vehicle, which is yellow-green.</source>
        <translation>%1 是新能源大型汽车号牌，颜色应为黄绿色。</translation>
    </message>
    <message>
        <source>%1 is not a new-energy plate: it is blue, yellow, white or black.</source>
        <translation>%1 不是新能源号牌，颜色应为蓝色、黄色、白色或黑色。</translation>
    </message>
    <message>
        <source>Vehicle %1 is already registered to %2 (%3).</source>
        <translation>车辆 %1 已登记在 %2（%3）名下。</translation>
    </message>
    <message>
        <source>The local store is not open; nothing was saved.</source>
        <translation>本机数据库未打开，未保存任何内容。</translation>
    </message>
    <message>
        <source>Sign in to save a customer.</source>
        <translation>请先登录，再保存客户。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
</context>
<context>
    <name>CustomerInput</name>
    <message>
        <source>Choose individual or corporate.</source>
        <translation>请选择个人或单位。</translation>
    </message>
    <message>
        <source>Enter the full name (2 to 60 characters).</source>
        <translation>请输入全名（2 至 60 个字符）。</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s full name.</source>
        <translation>请输入经办人全名。</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address or leave it empty.</source>
        <translation>请输入有效的电子邮箱地址，或留空。</translation>
    </message>
    <message>
        <source>Choose a contact channel.</source>
        <translation>请选择联系方式。</translation>
    </message>
    <message>
        <source>Grade is A, B, C or D.</source>
        <translation>客户等级为 A、B、C 或 D。</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>This device is not set up yet; enroll it first.</source>
        <translation>本设备尚未完成设置，请先登记设备。</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>找不到该客户。</translation>
    </message>
    <message>
        <source>Choose the plate colour.</source>
        <translation>请选择车牌颜色。</translation>
    </message>
    <message>
        <source>Plate %1 cannot be %2.</source>
        <translation>车牌 %1 的颜色不能是 %2。</translation>
    </message>
    <message>
        <source>Vehicle %1 is already registered.</source>
        <translation>车辆 %1 已登记。</translation>
    </message>
    <message>
        <source>Write what was said.</source>
        <translation>请填写沟通内容。</translation>
    </message>
</context>
<context>
    <name>CustomerSummaryPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 级客户</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>No vehicles registered.</source>
        <translation>暂无登记车辆。</translation>
    </message>
    <message>
        <source>Recent tickets</source>
        <translation>近期工单</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) in all</source>
        <translation>
            <numerusform>共 %n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>No tickets for this customer.</source>
        <translation>该客户暂无工单。</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>登记投诉</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the data file %1: %2</source>
        <translation>无法打开数据文件 %1：%2</translation>
    </message>
    <message>
        <source>The data file %1 is damaged or is not a FieldDesk store (%2). It was left untouched.</source>
        <translation>数据文件 %1 已损坏或不是 FieldDesk 数据文件（%2）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2). It was left untouched.</source>
        <translation>数据文件 %1 已损坏（%2）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a FieldDesk store. It was left untouched.</source>
        <translation>文件 %1 是 SQLite 数据库，但不是 FieldDesk 数据文件。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer FieldDesk (schema version %2; this version knows up to %3). It was left untouched: update FieldDesk to open it.</source>
        <translation>数据文件 %1 由更新版本的 FieldDesk 写入（数据结构版本 %2，本版本最高支持 %3）。该文件未作任何改动，请升级 FieldDesk 后再打开。</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>无法读取 %1 的数据结构版本。</translation>
    </message>
    <message>
        <source>The built-in schema is missing from this build.</source>
        <translation>本程序缺少内置的数据结构定义。</translation>
    </message>
    <message>
        <source>No migration from schema version %1.</source>
        <translation>没有从数据结构版本 %1 升级的迁移步骤。</translation>
    </message>
    <message>
        <source>The SQLite driver gave no connection handle.</source>
        <translation>SQLite 驱动未返回连接句柄。</translation>
    </message>
    <message>
        <source>Schema script failed: %1</source>
        <translation>数据结构脚本执行失败：%1</translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>Only a supervisor or an administrator can dispatch orders.</source>
        <translation>只有主管或管理员可以派单。</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>%1 dispatched to %2.</source>
        <translation>%1 已派单至 %2。</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Choose a ticket, then the crew to send it to.</source>
        <translation>先选择工单，再选择要派往的班组。</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can dispatch orders.</source>
        <translation>只有主管或管理员可以派单。</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 张待派单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for a crew</source>
        <translation>待派单</translation>
    </message>
    <message>
        <source>No ticket is waiting for a crew</source>
        <translation>暂无待派单工单</translation>
    </message>
    <message>
        <source>New and returned tickets appear here until they are dispatched.</source>
        <translation>新工单和被退回的工单在派单前会显示在这里。</translation>
    </message>
    <message>
        <source>Crews</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>This outlet has no crews</source>
        <translation>本网点还没有班组</translation>
    </message>
    <message>
        <source>Crews are set up with fielddesk-cli.</source>
        <translation>班组需通过 fielddesk-cli 设置。</translation>
    </message>
    <message>
        <source>%1 %2: now choose a crew on the right.</source>
        <translation>%1 %2：请在右侧选择班组。</translation>
    </message>
    <message>
        <source>Dispatch %1 %2 to %3?</source>
        <translation>将 %1 %2 派单至 %3？</translation>
    </message>
    <message>
        <source>This crew is away; the order waits on its tablet.</source>
        <translation>该班组暂离，工单将在其平板上等候接单。</translation>
    </message>
    <message>
        <source>This crew is away until %1 (%2); the order waits on its tablet.</source>
        <translation>该班组暂离至 %1（%2），工单将在其平板上等候接单。</translation>
    </message>
    <message>
        <source>This crew is away until %1; the order waits on its tablet.</source>
        <translation>该班组暂离至 %1，工单将在其平板上等候接单。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Dispatch anyway</source>
        <translation>仍然派单</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>查看工单</translation>
    </message>
</context>
<context>
    <name>DispatchQueueRow</name>
    <message>
        <source>Returned by %1: %2</source>
        <translation>%1 退回：%2</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>已退回：%1</translation>
    </message>
</context>
<context>
    <name>DispatchRepository</name>
    <message>
        <source>%1 is away; the order waits on the crew&apos;s tablet until they are back.</source>
        <translation>%1 暂离，工单将在班组平板上等候，直到班组返回。</translation>
    </message>
    <message>
        <source>%1 is away until %2; the order waits on the crew&apos;s tablet until then.</source>
        <translation>%1 暂离至 %2，在此之前工单将在班组平板上等候。</translation>
    </message>
    <message>
        <source>%1 is away until %2 (%3); the order waits on the crew&apos;s tablet until then.</source>
        <translation>%1 暂离至 %2（%3），在此之前工单将在班组平板上等候。</translation>
    </message>
    <message numerus="yes">
        <source>Not accepted within %n min; no escalation contacts are set up.</source>
        <translation>
            <numerusform>%n 分钟内未接单；未设置上报联系人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not accepted within %n min; escalated to %1.</source>
        <translation>
            <numerusform>%n 分钟内未接单，已上报至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of escalation contacts</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>No such crew.</source>
        <translation>找不到该班组。</translation>
    </message>
    <message>
        <source>Choose the crew to dispatch to.</source>
        <translation>请选择要派单的班组。</translation>
    </message>
    <message>
        <source>This crew belongs to another outlet; choose one of this outlet&apos;s crews.</source>
        <translation>该班组属于其他网点，请选择本网点的班组。</translation>
    </message>
    <message>
        <source>%1 is off duty; choose another crew.</source>
        <translation>%1 已下班，请选择其他班组。</translation>
    </message>
    <message>
        <source>This ticket cannot be dispatched now.</source>
        <translation>该工单当前不能派单。</translation>
    </message>
    <message>
        <source>Choose standby, busy, away or off.</source>
        <translation>请选择待命、忙碌、暂离或下班。</translation>
    </message>
    <message>
        <source>Keep the note under 200 characters.</source>
        <translation>备注不能超过 200 个字符。</translation>
    </message>
    <message>
        <source>Say why the crew is away.</source>
        <translation>请填写暂离原因。</translation>
    </message>
    <message>
        <source>Say until when the crew is away; the time must be later than now.</source>
        <translation>请填写暂离的结束时间，且须晚于当前时间。</translation>
    </message>
    <message>
        <source>This crew belongs to another outlet.</source>
        <translation>该班组属于其他网点。</translation>
    </message>
    <message>
        <source>The escalation contacts setting (%1) is not a list of names and phone numbers.</source>
        <translation>上报联系人设置（%1）不是由姓名和电话号码组成的列表。</translation>
    </message>
    <message>
        <source>Each escalation contact needs a name and a phone number.</source>
        <translation>每位上报联系人都须有姓名和电话号码。</translation>
    </message>
</context>
<context>
    <name>EnrollForm</name>
    <message>
        <source>This device is enrolled. Its data is being fetched from the server.</source>
        <translation>本设备已登记，正在从服务器获取数据。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>Ask your administrator if you do not know it.</source>
        <translation>如不清楚，请向管理员询问。</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>登记码</translation>
    </message>
    <message>
        <source>Ten letters and digits; it works once, for 24 hours.</source>
        <translation>十位字母和数字；只能使用一次，24 小时内有效。</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>正在登记…</translation>
    </message>
    <message>
        <source>Enroll this device</source>
        <translation>登记本设备</translation>
    </message>
</context>
<context>
    <name>EnrollScreen</name>
    <message>
        <source>Connect this device</source>
        <translation>连接本设备</translation>
    </message>
    <message>
        <source>This device does not belong to an outlet yet. Enter the server address and the enrollment code from your administrator.</source>
        <translation>本设备尚未归属任何网点。请输入服务器地址和管理员提供的登记码。</translation>
    </message>
</context>
<context>
    <name>EtcClient</name>
    <message>
        <source>The server did not answer, so the card cannot be loaded now. A load that was made all the same is finished when the card is presented again, never made twice.</source>
        <translation>服务器没有响应，现在无法圈存。如圈存实际已完成，下次放卡时会写入卡片，绝不会重复圈存。</translation>
    </message>
    <message>
        <source>The server did not answer. A loss report is cancelled online only; try again, it is never done twice.</source>
        <translation>服务器没有响应。解除挂失只能在线办理，请重试，不会重复办理。</translation>
    </message>
</context>
<context>
    <name>FaultCatalogue</name>
    <message>
        <source>Fault catalogue, %1: %2</source>
        <translation>故障目录，%1：%2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>the key must be 1 to 32 lowercase letters, digits or _</source>
        <translation>键名须为 1 至 32 个小写字母、数字或 _</translation>
    </message>
    <message>
        <source>a label in both languages (zh, en) is required</source>
        <translation>须提供中英文两种名称（zh、en）</translation>
    </message>
    <message>
        <source>sub must be a list</source>
        <translation>sub 须为列表</translation>
    </message>
    <message>
        <source>the subcategory %1 appears twice</source>
        <translation>子类 %1 重复出现</translation>
    </message>
    <message>
        <source>at least one category is required</source>
        <translation>至少需要一个类别</translation>
    </message>
    <message>
        <source>the category %1 appears twice</source>
        <translation>类别 %1 重复出现</translation>
    </message>
    <message>
        <source>Choose the cause of the fault.</source>
        <translation>请选择故障原因。</translation>
    </message>
    <message>
        <source>This cause has no subcategories.</source>
        <translation>该故障原因没有子类。</translation>
    </message>
    <message>
        <source>Choose what exactly was wrong.</source>
        <translation>请选择具体原因。</translation>
    </message>
</context>
<context>
    <name>FaultForm</name>
    <message>
        <source>Cause</source>
        <translation>故障原因</translation>
    </message>
    <message>
        <source>Choose the cause</source>
        <translation>请选择故障原因</translation>
    </message>
    <message>
        <source>What exactly</source>
        <translation>具体原因</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>请选择</translation>
    </message>
    <message>
        <source>Whose equipment</source>
        <translation>设备产权</translation>
    </message>
    <message>
        <source>Customer&apos;s</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>本公司</translation>
    </message>
    <message>
        <source>Third party&apos;s</source>
        <translation>第三方</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Was the reported fault real?</source>
        <translation>故障是否属实？</translation>
    </message>
    <message>
        <source>Yes, as reported</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>未发现故障</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>e.g. re-activated the OBU and tested it in the lane</source>
        <translation>例如：重新激活 OBU 并在车道测试正常</translation>
    </message>
    <message>
        <source>Save fault record</source>
        <translation>保存故障记录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FieldWorkRepository</name>
    <message>
        <source>The fault record is made on site: mark the arrival first.</source>
        <translation>故障记录须在现场填写，请先标记到达现场。</translation>
    </message>
    <message>
        <source>Parts are recorded on site: mark the arrival first.</source>
        <translation>配件须在现场登记，请先标记到达现场。</translation>
    </message>
    <message>
        <source>The checklist is completed on site: mark the arrival first.</source>
        <translation>检查清单须在现场完成，请先标记到达现场。</translation>
    </message>
    <message>
        <source>Photos and the signature are taken on site: mark the arrival first.</source>
        <translation>照片和签字须在现场采集，请先标记到达现场。</translation>
    </message>
    <message>
        <source>This ticket is closed; notes can no longer be added.</source>
        <translation>该工单已结单，不能再添加备注。</translation>
    </message>
    <message>
        <source>Only an order that is still being worked on can be chased.</source>
        <translation>只有仍在处理中的工单才能催办。</translation>
    </message>
    <message>
        <source>Keep it under %1 characters.</source>
        <translation>不能超过 %1 个字符。</translation>
    </message>
    <message>
        <source>No such ticket.</source>
        <translation>找不到该工单。</translation>
    </message>
    <message>
        <source>Say whose equipment it is.</source>
        <translation>请选择设备产权。</translation>
    </message>
    <message>
        <source>Describe the work done.</source>
        <translation>请填写处理情况。</translation>
    </message>
    <message>
        <source>Enter the part number.</source>
        <translation>请输入配件编号。</translation>
    </message>
    <message>
        <source>Enter the part&apos;s name.</source>
        <translation>请输入配件名称。</translation>
    </message>
    <message>
        <source>The quantity is 1 to 999.</source>
        <translation>数量应为 1 至 999。</translation>
    </message>
    <message>
        <source>This checklist item is not confirmed by hand.</source>
        <translation>该检查项不能手动确认。</translation>
    </message>
    <message>
        <source>Only photos and signatures are attached to a ticket here.</source>
        <translation>此处只能为工单添加照片和签字。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is larger than 64 MB.</source>
        <translation>文件超过 64 MB。</translation>
    </message>
    <message>
        <source>A photo must be a JPEG, PNG or WebP image.</source>
        <translation>照片须为 JPEG、PNG 或 WebP 格式。</translation>
    </message>
    <message>
        <source>A signature must be a PNG image.</source>
        <translation>签字须为 PNG 图片。</translation>
    </message>
    <message>
        <source>Cannot create the folder for attachments.</source>
        <translation>无法创建附件文件夹。</translation>
    </message>
    <message>
        <source>Cannot save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>请先填写备注内容。</translation>
    </message>
    <message>
        <source>Say why the order is being chased.</source>
        <translation>请填写催办原因。</translation>
    </message>
</context>
<context>
    <name>FinishChecklist</name>
    <message>
        <source>Finish checklist, %1: %2</source>
        <translation>完工检查清单，%1：%2</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>the key must be 1 to 32 lowercase letters, digits or _</source>
        <translation>键名须为 1 至 32 个小写字母、数字或 _</translation>
    </message>
    <message>
        <source>the kind must be fault_record, parts, photo, signature or confirm</source>
        <translation>kind 须为 fault_record、parts、photo、signature 或 confirm</translation>
    </message>
    <message>
        <source>a label in both languages (zh, en) is required</source>
        <translation>须提供中英文两种名称（zh、en）</translation>
    </message>
    <message>
        <source>the key %1 appears twice</source>
        <translation>键名 %1 重复出现</translation>
    </message>
    <message>
        <source>Before finishing, still to do: %1.</source>
        <translation>处理完毕前还需完成：%1。</translation>
    </message>
</context>
<context>
    <name>Hlc</name>
    <message>
        <source>Not a valid clock timestamp: %1</source>
        <translation>无效的时钟时间戳：%1</translation>
    </message>
    <message>
        <source>A timestamp from %1 is too far in the future.</source>
        <translation>来自 %1 的时间戳超前过多。</translation>
    </message>
</context>
<context>
    <name>KioskCasePanel</name>
    <message>
        <source>Follow up my request</source>
        <translation>查询办理进度</translation>
    </message>
    <message>
        <source>Enter the number on your receipt and the phone number you gave us.</source>
        <translation>请输入回执上的单号，以及您登记时留下的手机号码。</translation>
    </message>
    <message>
        <source>Repair request (T-…)</source>
        <translation>报修（T-…）</translation>
    </message>
    <message>
        <source>Complaint (C-…)</source>
        <translation>投诉（C-…）</translation>
    </message>
    <message>
        <source>Number, e.g. 0101 01 000123</source>
        <translation>单号，例如 0101 01 000123</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>受理时间 %1</translation>
    </message>
    <message>
        <source>last change %1</source>
        <translation>最近更新 %1</translation>
    </message>
    <message>
        <source>We will answer by %1.</source>
        <translation>我们将于 %1 前答复您。</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
</context>
<context>
    <name>KioskHome</name>
    <message>
        <source>Check ETC balance and status</source>
        <translation>查询 ETC 余额与状态</translation>
    </message>
    <message>
        <source>Card balance, card and OBU status</source>
        <translation>卡内余额、用户卡及电子标签状态</translation>
    </message>
    <message>
        <source>Recharge</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Top up a stored-value card</source>
        <translation>为储值卡充值</translation>
    </message>
    <message>
        <source>Report a lost card</source>
        <translation>卡片挂失</translation>
    </message>
    <message>
        <source>Stop a lost or stolen card</source>
        <translation>遗失或被盗的卡片立即挂失</translation>
    </message>
    <message>
        <source>Repair request</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>OBU or card not working</source>
        <translation>电子标签或卡片故障</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Tell us what went wrong</source>
        <translation>告诉我们您遇到的问题</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Rate our service</source>
        <translation>为我们的服务评分</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <source>Touch a service to begin.</source>
        <translation>请点击要办理的业务。</translation>
    </message>
    <message>
        <source>For your privacy this kiosk keeps nothing once you leave. It returns to this screen after a minute without use.</source>
        <translation>为保护您的隐私，您离开后本机不保留任何信息。一分钟无操作将自动返回本页面。</translation>
    </message>
    <message>
        <source>Follow up my request</source>
        <translation>查询办理进度</translation>
    </message>
    <message>
        <source>Where a repair request or complaint stands</source>
        <translation>查看报修或投诉的处理进度</translation>
    </message>
</context>
<context>
    <name>KioskReceipt</name>
    <message>
        <source>We have received your complaint</source>
        <translation>我们已收到您的投诉</translation>
    </message>
    <message>
        <source>We have received your repair request</source>
        <translation>我们已收到您的报修</translation>
    </message>
    <message>
        <source>Phone number given: %1</source>
        <translation>登记电话：%1</translation>
    </message>
    <message>
        <source>The department responsible will contact you with an answer.</source>
        <translation>责任部门将与您联系并答复。</translation>
    </message>
    <message>
        <source>A repair crew will call you to arrange a visit.</source>
        <translation>维修班组将致电与您约定上门时间。</translation>
    </message>
    <message>
        <source>Saved on this kiosk; it is passed on once the connection is back.</source>
        <translation>已保存在本终端，网络恢复后将自动上报。</translation>
    </message>
    <message>
        <source>Follow up now</source>
        <translation>立即查询进度</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>KioskRequestForm</name>
    <message>
        <source>OBU not read at the toll lane</source>
        <translation>收费车道无法读取 OBU</translation>
    </message>
    <message>
        <source>OBU display off</source>
        <translation>OBU 显示屏不亮</translation>
    </message>
    <message>
        <source>OBU tamper warning</source>
        <translation>OBU 提示标签失效（拆卸）</translation>
    </message>
    <message>
        <source>Card not recognised</source>
        <translation>ETC 卡无法识别</translation>
    </message>
    <message>
        <source>Balance looks wrong</source>
        <translation>余额不对</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Your complaint number is %1. Keep it: with it and your phone number you can follow up here or at the counter.</source>
        <translation>您的投诉编号是 %1。请妥善保存：凭此编号和您的手机号码，可在本终端或营业厅柜台查询进度。</translation>
    </message>
    <message>
        <source>Your request number is %1. Keep it: with it and your phone number you can follow up here or at the counter.</source>
        <translation>您的报修编号是 %1。请妥善保存：凭此编号和您的手机号码，可在本终端或营业厅柜台查询进度。</translation>
    </message>
    <message>
        <source>Choose what is wrong.</source>
        <translation>请选择故障情况。</translation>
    </message>
    <message>
        <source>Please keep it to %1 characters.</source>
        <translation>请控制在 %1 个字符以内。</translation>
    </message>
    <message>
        <source>Tell us in a few words what is wrong.</source>
        <translation>请简单描述一下问题。</translation>
    </message>
    <message>
        <source>Choose what your complaint is about.</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <source>Tell us what happened, in %1 to %2 characters.</source>
        <translation>请描述事情经过，%1 至 %2 个字符。</translation>
    </message>
    <message>
        <source>Enter your name, so that we know whom to ask for.</source>
        <translation>请填写您的姓名，方便我们联系您。</translation>
    </message>
    <message>
        <source>Enter at most %1 characters.</source>
        <translation>最多填写 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter your mobile phone number. We need it to reach you, and you need it to follow up.</source>
        <translation>请填写手机号码：我们用它联系您，您也凭它查询进度。</translation>
    </message>
    <message>
        <source>This request has been saved already.</source>
        <translation>此申请已经保存。</translation>
    </message>
    <message>
        <source>Choose a repair request or a complaint.</source>
        <translation>请选择报修或投诉。</translation>
    </message>
    <message>
        <source>This kiosk cannot save requests at the moment. Please ask at the counter.</source>
        <translation>本终端暂时无法保存申请，请到柜台办理。</translation>
    </message>
    <message>
        <source>Vehicle plate: %1</source>
        <translation>车牌号：%1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Please correct the marked fields. Nothing has been saved yet.</source>
        <translation>请修改标出的内容，目前尚未保存。</translation>
    </message>
</context>
<context>
    <name>KioskRequestPanel</name>
    <message>
        <source>Tell us what went wrong. The department responsible will look into it and answer you.</source>
        <translation>请告诉我们发生了什么，责任部门会调查处理并答复您。</translation>
    </message>
    <message>
        <source>Tell us what is wrong and how to reach you. A repair crew will call you.</source>
        <translation>请告诉我们故障情况和联系方式，维修班组会致电联系您。</translation>
    </message>
    <message>
        <source>This works without a connection too: your request is saved on this kiosk and passed on automatically.</source>
        <translation>没有网络也可以提交：申请会先保存在本终端，联网后自动上报。</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>遇到什么问题？</translation>
    </message>
    <message>
        <source>What is your complaint about?</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Tell us what is wrong</source>
        <translation>请描述问题</translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <translation>补充说明（选填）</translation>
    </message>
    <message>
        <source>When it happens, what you have tried</source>
        <translation>什么时候出现、已经试过哪些办法</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <source>What happened, when and where</source>
        <translation>事情经过、时间和地点</translation>
    </message>
    <message>
        <source>Vehicle plate (optional)</source>
        <translation>车牌号（选填）</translation>
    </message>
    <message>
        <source>e.g. 皖A12345</source>
        <translation>例如：皖A12345</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation>例如：138 0013 8000</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>Send complaint</source>
        <translation>提交投诉</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>提交报修</translation>
    </message>
</context>
<context>
    <name>KioskServicePanel</name>
    <message>
        <source>Needs the server connection</source>
        <translation>需要连接服务器</translation>
    </message>
    <message>
        <source>Coming with the next update</source>
        <translation>将在下次更新中提供</translation>
    </message>
    <message>
        <source>Your balance and card status are kept on the ETC server. This kiosk cannot reach the server yet, so it cannot show them — we would rather show nothing than a figure we cannot vouch for.</source>
        <translation>您的余额和卡片状态保存在 ETC 服务器上。本机暂时无法连接服务器，因此无法显示。我们宁可不显示，也不提供无法核实的数字。</translation>
    </message>
    <message>
        <source>Reporting a lost card here comes with the next update of this kiosk. To stop a lost card now, please go to the counter: staff will report it straight away.</source>
        <translation>本机将在下次更新后提供挂失服务。如需立即挂失，请前往柜台，工作人员会马上为您办理。</translation>
    </message>
    <message>
        <source>The satisfaction survey comes with the next update of this kiosk. Thank you for wanting to tell us how we did.</source>
        <translation>满意度调查将在本机下次更新后提供。感谢您愿意告诉我们服务得怎么样。</translation>
    </message>
    <message>
        <source>Staff at the counter can help you with this right now.</source>
        <translation>柜台工作人员现在就可以为您办理。</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>A recharge must be approved by the ETC server and written to your card. Taking payments at this kiosk comes with its next update; until then, please recharge at the counter.</source>
        <translation>充值须经 ETC 服务器授权并写入您的卡片。本机将在下次更新后提供收款；在此之前，请到柜台充值。</translation>
    </message>
</context>
<context>
    <name>KioskTextArea</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>中文</source>
        <comment>language name, always in Chinese</comment>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language name, always in English</comment>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LossReportDesk</name>
    <message>
        <source>Enter the holder&apos;s resident ID (18 characters) or unified social credit code.</source>
        <translation>请输入持卡人的居民身份证号码（18 位）或统一社会信用代码。</translation>
    </message>
    <message>
        <source>Choose whether the holder is at the counter or on the phone.</source>
        <translation>请选择持卡人是在柜台办理还是来电挂失。</translation>
    </message>
    <message>
        <source>On the phone, ask for the ID number the card was issued to.</source>
        <translation>电话挂失须询问办卡时登记的证件号码。</translation>
    </message>
    <message>
        <source>The name is too long (at most %1 characters).</source>
        <translation>姓名过长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The local store is not open; nothing was saved.</source>
        <translation>本机数据库未打开，未保存任何内容。</translation>
    </message>
    <message>
        <source>Sign in to record a loss report.</source>
        <translation>请先登录再受理挂失。</translation>
    </message>
    <message>
        <source>Nothing was saved. The card is not reported yet.</source>
        <translation>未保存任何内容，此卡尚未挂失。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>Reported. This device&apos;s status list already carries the card (version %1).</source>
        <translation>挂失已受理。本机状态名单中已有此卡（第 %1 版）。</translation>
    </message>
    <message>
        <source>Reported. The card is frozen once the server confirms it.</source>
        <translation>挂失已受理。服务器确认后，卡片才会冻结。</translation>
    </message>
    <message>
        <source>Waiting to be sent; it goes out first when this device is online. The card still works.</source>
        <translation>等待发送，本机联网后最先发送。此卡目前仍可使用。</translation>
    </message>
    <message>
        <source>Sent; waiting for the server to freeze the card. The card still works.</source>
        <translation>已发送，等待服务器冻结此卡。此卡目前仍可使用。</translation>
    </message>
    <message>
        <source>Frozen at %1; lanes refuse the card as the list reaches them.</source>
        <translation>已于 %1 冻结；状态名单下发到各车道后，车道将拒绝此卡。</translation>
    </message>
    <message>
        <source>Lanes refuse the card as the list reaches them.</source>
        <translation>状态名单下发到各车道后，车道将拒绝此卡。</translation>
    </message>
    <message>
        <source>An earlier report had frozen the card already; nothing more to do.</source>
        <translation>此前的挂失已冻结此卡，无需再办理。</translation>
    </message>
    <message>
        <source>Reported, not yet frozen</source>
        <translation>挂失已受理，尚未冻结</translation>
    </message>
    <message>
        <source>Frozen — on status list version %1</source>
        <translation>已冻结——已列入第 %1 版状态名单</translation>
    </message>
    <message>
        <source>Already on the status list</source>
        <translation>已在状态名单中</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>the ID number given is not the card holder&apos;s.</source>
        <translation>所提供的证件号码与持卡人不符。</translation>
    </message>
    <message>
        <source>the server has no ID on file for this holder; the holder must come to a counter with the card&apos;s papers.</source>
        <translation>服务器没有该持卡人的证件记录，须由持卡人本人携带证件到柜台办理。</translation>
    </message>
    <message>
        <source>the holder&apos;s ID number is needed.</source>
        <translation>需要提供持卡人的证件号码。</translation>
    </message>
    <message>
        <source>no card with this number has been issued.</source>
        <translation>没有发行过此卡号的卡片。</translation>
    </message>
    <message>
        <source>the card&apos;s state does not allow a loss report (it may be cancelled).</source>
        <translation>卡片当前状态不能挂失（可能已注销）。</translation>
    </message>
    <message>
        <source>the signed-in person&apos;s role may not report a loss.</source>
        <translation>当前登录人员的角色无权办理挂失。</translation>
    </message>
    <message>
        <source>the report was incomplete.</source>
        <translation>挂失信息不完整。</translation>
    </message>
    <message>
        <source>the server gave no reason.</source>
        <translation>服务器未说明原因。</translation>
    </message>
    <message>
        <source>Never received from the server</source>
        <translation>尚未从服务器收到</translation>
    </message>
    <message>
        <source>Current as of just now</source>
        <translation>刚刚更新</translation>
    </message>
    <message numerus="yes">
        <source>Current as of %n min ago</source>
        <translation>
            <numerusform>%n 分钟前更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current as of %n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current as of %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前更新</numerusform>
        </translation>
    </message>
    <message>
        <source>The card is NOT frozen. Correct it with the customer and report again, or see the sync panel.</source>
        <translation>此卡尚未冻结。请与客户核对后重新挂失，或查看同步面板。</translation>
    </message>
    <message>
        <source>The refused report was discarded and never reached the server: the card is NOT frozen.</source>
        <translation>被拒绝的挂失已丢弃，未送达服务器：此卡尚未冻结。</translation>
    </message>
    <message>
        <source>Not sent (discarded)</source>
        <translation>未发送（已丢弃）</translation>
    </message>
</context>
<context>
    <name>LossReportPage</name>
    <message>
        <source>Report loss</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Online: reports go out at once</source>
        <translation>已联网：挂失即时发送</translation>
    </message>
    <message>
        <source>Offline: reports go out first when online</source>
        <translation>未联网：联网后最先发送</translation>
    </message>
    <message>
        <source>A report is taken here even offline and is sent before anything else once this counter is online. Until the server confirms it, the card is NOT frozen and can still be used: tell the customer so.</source>
        <translation>离线时也可在此受理挂失，本柜台联网后会最先发送。服务器确认之前，卡片尚未冻结，仍可被使用——请如实告知客户。</translation>
    </message>
    <message>
        <source>Holder at the counter</source>
        <translation>持卡人在柜台</translation>
    </message>
    <message>
        <source>Holder on the phone</source>
        <translation>持卡人来电</translation>
    </message>
    <message>
        <source>Card number (20 digits)</source>
        <translation>卡号（20 位）</translation>
    </message>
    <message>
        <source>e.g. 3401 2201 0000 0000 0042</source>
        <translation>例如 3401 2201 0000 0000 0042</translation>
    </message>
    <message>
        <source>Holder&apos;s ID number or credit code (required)</source>
        <translation>持卡人证件号码或统一社会信用代码（必填）</translation>
    </message>
    <message>
        <source>Holder&apos;s ID number or credit code</source>
        <translation>持卡人证件号码或统一社会信用代码</translation>
    </message>
    <message>
        <source>Resident ID or unified social credit code</source>
        <translation>居民身份证号码或统一社会信用代码</translation>
    </message>
    <message>
        <source>Nobody sees the caller&apos;s papers: the server checks the number against the account.</source>
        <translation>电话挂失无法查验证件：服务器会核对该号码与账户是否一致。</translation>
    </message>
    <message>
        <source>Check the holder&apos;s ID card; with the number the server checks it against the account too.</source>
        <translation>请查验持卡人的身份证件；填写号码后，服务器还会与账户核对。</translation>
    </message>
    <message>
        <source>Holder&apos;s name</source>
        <translation>持卡人姓名</translation>
    </message>
    <message>
        <source>Phone to call back</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <source>Tell the customer: until then the card is not frozen yet.</source>
        <translation>请告知客户：在此之前，卡片尚未冻结。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Record loss report</source>
        <translation>受理挂失</translation>
    </message>
    <message>
        <source>Status list on this device</source>
        <translation>本机状态名单</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 · %n card(s) or OBU(s) listed</source>
        <translation>
            <numerusform>第 %1 版 · 已列入 %n 张卡或 OBU</numerusform>
        </translation>
    </message>
    <message>
        <source>No status list on this device yet</source>
        <translation>本机尚无状态名单</translation>
    </message>
    <message>
        <source>Recent loss reports</source>
        <translation>最近的挂失</translation>
    </message>
    <message numerus="yes">
        <source>%n not yet frozen</source>
        <translation>
            <numerusform>%n 笔尚未冻结</numerusform>
        </translation>
    </message>
    <message>
        <source>No loss reports on this device yet</source>
        <translation>本机尚无挂失记录</translation>
    </message>
    <message>
        <source>Reports taken here are listed with what became of them.</source>
        <translation>在此受理的挂失会列在这里，并显示处理结果。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>FieldDesk</source>
        <translation>FieldDesk</translation>
    </message>
</context>
<context>
    <name>MobilePhone</name>
    <message>
        <source>Enter a mobile phone number.</source>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <source>A mobile phone number has 11 digits and starts with 13 to 19, e.g. 138 0013 8000.</source>
        <translation>手机号码为 11 位数字，以 13 至 19 开头，例如 138 0013 8000。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan with at most two decimals, e.g. 50 or 12.50.</source>
        <translation>请输入以元为单位的金额，最多两位小数，例如 50 或 12.50。</translation>
    </message>
</context>
<context>
    <name>NewComplaintPage</name>
    <message>
        <source>New complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Complainant&apos;s name</source>
        <translation>投诉人姓名</translation>
    </message>
    <message>
        <source>Mobile phone for the answer</source>
        <translation>接收答复的手机号码</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation>例如：138 0013 8000</translation>
    </message>
    <message>
        <source>The customer&apos;s number on record, masked</source>
        <translation>客户登记的号码（已隐去部分）</translation>
    </message>
    <message>
        <source>Came in via</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <source>When and where, who was involved, what the complainant expects</source>
        <translation>时间地点、涉及人员、投诉人的诉求</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Safety, a car stuck at a lane, money taken twice: the answer is due within hours, not days.</source>
        <translation>涉及安全、车辆滞留车道、重复扣费等：须在数小时内答复，而不是数天。</translation>
    </message>
    <message>
        <source>You are the first contact for this complaint and own it until the complainant has an answer.</source>
        <translation>您是此投诉的首问责任人，负责跟进直到投诉人得到答复。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting. Nothing was saved.</source>
        <translation>
            <numerusform>有 %n 项需要修改，未保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Register complaint</source>
        <translation>登记投诉</translation>
    </message>
</context>
<context>
    <name>NewCustomerPage</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户信息</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>As on the business licence</source>
        <translation>与营业执照一致</translation>
    </message>
    <message>
        <source>As on the ID card</source>
        <translation>与身份证一致</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>18 digits, the last may be X</source>
        <translation>18 位，末位可能是 X</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>18 characters, on the business licence</source>
        <translation>18 位，见营业执照</translation>
    </message>
    <message>
        <source>Agent&apos;s full name</source>
        <translation>经办人姓名</translation>
    </message>
    <message>
        <source>The person acting for the company</source>
        <translation>代表单位办理业务的人</translation>
    </message>
    <message>
        <source>Agent&apos;s resident ID number</source>
        <translation>经办人身份证号码</translation>
    </message>
    <message>
        <source>Contact mobile phone</source>
        <translation>联系人手机号码</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>电子邮箱（选填）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Vehicle (optional)</source>
        <translation>车辆（选填）</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>车牌号码</translation>
    </message>
    <message>
        <source>e.g. 皖A12345 or 皖AD12345</source>
        <translation>例如 皖A12345 或 皖AD12345</translation>
    </message>
    <message>
        <source>Plate colour</source>
        <translation>车牌颜色</translation>
    </message>
    <message>
        <source>Vehicle licence number (optional)</source>
        <translation>行驶证编号（选填）</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务信息</translation>
    </message>
    <message>
        <source>Preferred way to contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Needs and notes (optional)</source>
        <translation>需求与备注（选填）</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting. Nothing was saved.</source>
        <translation>
            <numerusform>有 %n 项需要更正，未保存任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save customer</source>
        <translation>保存客户</translation>
    </message>
</context>
<context>
    <name>NewTicketPage</name>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>故障现象</translation>
    </message>
    <message>
        <source>A short title, e.g. OBU not recognised at the toll lane</source>
        <translation>简短标题，例如：过收费站时电子标签无法识别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>故障类别</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>请选择类别</translation>
    </message>
    <message>
        <source>Reported via</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响范围</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>follows from urgency and impact</source>
        <translation>由紧急程度和影响范围得出</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact mobile phone</source>
        <translation>联系人手机号码</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <source>Where (address or toll station)</source>
        <translation>故障地点（地址或收费站）</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>相关车辆</translation>
    </message>
    <message>
        <source>No vehicle</source>
        <translation>不关联车辆</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>详细情况（选填）</translation>
    </message>
    <message>
        <source>When it happens, what the customer has tried</source>
        <translation>何时出现、客户已尝试过哪些办法</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need correcting. Nothing was saved.</source>
        <translation>
            <numerusform>有 %n 项需要更正，未保存任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <source>The customer&apos;s number on record, masked</source>
        <translation>客户登记的号码（已隐藏部分数字）</translation>
    </message>
</context>
<context>
    <name>ObuStateMachine</name>
    <message>
        <source>not activated</source>
        <comment>OBU state in a sentence</comment>
        <translation>未激活</translation>
    </message>
    <message>
        <source>active</source>
        <comment>OBU state in a sentence</comment>
        <translation>已激活</translation>
    </message>
    <message>
        <source>removed from the windscreen</source>
        <comment>OBU state in a sentence</comment>
        <translation>已从挡风玻璃拆下</translation>
    </message>
    <message>
        <source>reported lost</source>
        <comment>OBU state in a sentence</comment>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>OBU state in a sentence</comment>
        <translation>已停用</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>OBU state in a sentence</comment>
        <translation>已注销</translation>
    </message>
    <message>
        <source>An OBU that is %1 cannot be activated.</source>
        <translation>状态为“%1”的电子标签不能激活。</translation>
    </message>
    <message>
        <source>An OBU that is %1 cannot be marked as removed.</source>
        <translation>状态为“%1”的电子标签不能标记为已拆卸。</translation>
    </message>
    <message>
        <source>An OBU that is %1 cannot be reported lost.</source>
        <translation>状态为“%1”的电子标签不能挂失。</translation>
    </message>
    <message>
        <source>An OBU that is %1 has no loss report to cancel.</source>
        <translation>状态为“%1”的电子标签没有可解除的挂失。</translation>
    </message>
    <message>
        <source>An OBU that is %1 cannot be suspended.</source>
        <translation>状态为“%1”的电子标签不能停用。</translation>
    </message>
    <message>
        <source>An OBU that is %1 cannot be resumed.</source>
        <translation>状态为“%1”的电子标签不能恢复使用。</translation>
    </message>
    <message>
        <source>An OBU that is %1 cannot be cancelled.</source>
        <translation>状态为“%1”的电子标签不能注销。</translation>
    </message>
</context>
<context>
    <name>OutageBanner</name>
    <message>
        <source>Expected to end %1</source>
        <translation>预计 %1 结束</translation>
    </message>
</context>
<context>
    <name>OutageBoard</name>
    <message>
        <source>Outage notices are published and changed by supervisors.</source>
        <translation>停运通知由主管发布和修改。</translation>
    </message>
    <message>
        <source>Write the time as 2026-03-02 14:30.</source>
        <translation>时间请按 2026-03-02 14:30 的格式填写。</translation>
    </message>
</context>
<context>
    <name>OutageNoticeForm</name>
    <message>
        <source>New outage notice</source>
        <translation>发布停运通知</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What customers should know first</source>
        <translation>客户首先需要知道的内容</translation>
    </message>
    <message>
        <source>Affected area or service</source>
        <translation>影响范围或业务</translation>
    </message>
    <message>
        <source>A road section, district or service</source>
        <translation>路段、区域或业务</translation>
    </message>
    <message>
        <source>Details for customers</source>
        <translation>给客户的详细说明</translation>
    </message>
    <message>
        <source>What to do meanwhile, e.g. use the manual toll lanes</source>
        <translation>期间如何处理，例如：请走人工收费车道</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Now, or as 2026-03-02 14:30</source>
        <translation>立即，或如 2026-03-02 14:30</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>预计结束</translation>
    </message>
    <message>
        <source>Not known, or as 2026-03-02 18:00</source>
        <translation>未知，或如 2026-03-02 18:00</translation>
    </message>
    <message>
        <source>Only at this outlet</source>
        <translation>仅本网点</translation>
    </message>
    <message>
        <source>Publish notice</source>
        <translation>发布通知</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OutageNoticePanel</name>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>No update yet.</source>
        <translation>暂无进展。</translation>
    </message>
    <message>
        <source>Progress note (ending the notice needs one too)</source>
        <translation>进展说明（结束通知时也需填写）</translation>
    </message>
    <message>
        <source>e.g. Crews on site; northbound lanes open again</source>
        <translation>例如：班组已到现场，北向车道已恢复通行</translation>
    </message>
    <message>
        <source>Add update</source>
        <translation>添加进展</translation>
    </message>
    <message>
        <source>End the notice</source>
        <translation>结束通知</translation>
    </message>
    <message>
        <source>Change the notice</source>
        <translation>修改通知</translation>
    </message>
    <message>
        <source>Affected area or service</source>
        <translation>影响范围或业务</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>预计结束</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>暂未确定</translation>
    </message>
    <message>
        <source>Details for customers</source>
        <translation>给客户的详细说明</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
</context>
<context>
    <name>OutageRepository</name>
    <message>
        <source>Say where or what is affected (2 to 120 characters).</source>
        <translation>请说明影响范围或业务（2 至 120 个字符）。</translation>
    </message>
    <message>
        <source>The expected end must be after the start.</source>
        <translation>预计结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Write the update in 2 to 1000 characters.</source>
        <translation>进展说明为 2 至 1000 个字符。</translation>
    </message>
    <message>
        <source>Choose what kind of outage it is.</source>
        <translation>请选择停运类型。</translation>
    </message>
    <message>
        <source>Give the notice a short title (2 to 120 characters).</source>
        <translation>请给通知一个简短的标题（2 至 120 个字符）。</translation>
    </message>
    <message>
        <source>This device is not set up yet; enroll it first.</source>
        <translation>本设备尚未设置，请先登记注册。</translation>
    </message>
    <message>
        <source>Say what to change.</source>
        <translation>请说明要修改的内容。</translation>
    </message>
    <message>
        <source>No such outage notice.</source>
        <translation>没有这条停运通知。</translation>
    </message>
    <message>
        <source>This notice has ended; publish a new one.</source>
        <translation>此通知已结束，请发布新的通知。</translation>
    </message>
</context>
<context>
    <name>OutagesPage</name>
    <message>
        <source>Outage notices</source>
        <translation>停运通知</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>发布通知</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Ended recently</source>
        <translation>近期已结束</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No outage is planned</source>
        <translation>没有计划中的停运</translation>
    </message>
    <message>
        <source>No notice ended in the last week</source>
        <translation>最近一周没有结束的通知</translation>
    </message>
    <message>
        <source>No outage notice is in force</source>
        <translation>目前没有生效的停运通知</translation>
    </message>
    <message>
        <source>Publish a notice when a service, the power or a road is down.</source>
        <translation>业务、供电或道路中断时，请发布通知。</translation>
    </message>
</context>
<context>
    <name>OverduePage</name>
    <message>
        <source>Overdue now</source>
        <translation>当前超时工单</translation>
    </message>
    <message>
        <source>Open tickets whose current step is past its time limit, most overdue first.</source>
        <translation>当前环节已超过时限的未完成工单，超时最久的排在最前。</translation>
    </message>
    <message>
        <source>%1+ overdue</source>
        <translation>超时 %1+ 张</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>超时 %1 张</translation>
    </message>
    <message>
        <source>Nothing is overdue right now</source>
        <translation>当前没有超时工单</translation>
    </message>
    <message>
        <source>Tickets appear here as soon as a step passes its time limit.</source>
        <translation>工单任一环节超过时限后会立即显示在这里。</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>删除最后一位</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>Enter the resident ID number.</source>
        <translation>请输入居民身份证号码。</translation>
    </message>
    <message numerus="yes">
        <source>A resident ID number has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>居民身份证号码为 18 位，当前输入了 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>A resident ID number is 17 digits followed by a digit or X.</source>
        <translation>居民身份证号码由 17 位数字加 1 位数字或 X 组成。</translation>
    </message>
    <message>
        <source>The resident ID number starts with an unknown region code (%1).</source>
        <translation>居民身份证号码的地区码（%1）无效。</translation>
    </message>
    <message>
        <source>The birth date in the resident ID number (%1) is not a real date.</source>
        <translation>居民身份证号码中的出生日期（%1）不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the resident ID number is before 1900.</source>
        <translation>居民身份证号码中的出生日期早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date in the resident ID number is in the future.</source>
        <translation>居民身份证号码中的出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The check character of the resident ID number does not match; check it for a typing error.</source>
        <translation>居民身份证号码校验位不符，请检查是否输错。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Enter your staff number.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入 PIN 码。</translation>
    </message>
    <message>
        <source>No data is open on this device.</source>
        <translation>本设备没有打开的数据。</translation>
    </message>
    <message>
        <source>%1 cannot use the tablet: only repair crew members and supervisors can sign in here.</source>
        <translation>%1 无法使用外勤平板：只有维修班组成员和主管可以在此登录。</translation>
    </message>
    <message>
        <source>%1 cannot use the counter: only counter, finance, supervisor and administrator staff can sign in here.</source>
        <translation>%1 无法使用营业厅柜台：只有柜员、财务、主管和管理员可以在此登录。</translation>
    </message>
    <message>
        <source>Nobody signs in on a self-service kiosk.</source>
        <translation>自助终端无需员工登录。</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>员工登录</translation>
    </message>
    <message>
        <source>Sign in to see your crew&apos;s tickets and record each step on the way.</source>
        <translation>登录后查看本班组的工单，并记录每一个处理环节。</translation>
    </message>
    <message>
        <source>Your PIN is checked on this device, so signing in works without a connection.</source>
        <translation>PIN 码在本机校验，没有网络也能登录。</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>e.g. 1001</source>
        <translation>例如 1001</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 至 8 位数字</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in to look up customers and tickets at the counter.</source>
        <translation>登录后在柜台查询客户和工单。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Ask the customer to sign below to confirm the work was done.</source>
        <translation>请客户在下方签字，确认维修已完成。</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此处签字</translation>
    </message>
    <message>
        <source>Save signature</source>
        <translation>保存签字</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message numerus="yes">
        <source>Wrong staff number or PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>工号或 PIN 码错误，还可尝试 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a staff number of up to 20 characters.</source>
        <translation>请输入不超过 20 个字符的工号。</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>请输入全名。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN 码为 4 至 8 位数字。</translation>
    </message>
    <message>
        <source>Give the staff member at least one role.</source>
        <translation>请为员工至少分配一个角色。</translation>
    </message>
    <message>
        <source>Unknown role: %1</source>
        <translation>未知角色：%1</translation>
    </message>
    <message>
        <source>Staff number %1 is already taken.</source>
        <translation>工号 %1 已被使用。</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>找不到该员工。</translation>
    </message>
    <message>
        <source>Wrong staff number or PIN.</source>
        <translation>工号或 PIN 码错误。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again after %1.</source>
        <translation>PIN 码错误次数过多，请在 %1 之后重试。</translation>
    </message>
    <message>
        <source>This staff account is disabled.</source>
        <translation>该员工账号已停用。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This staff number is locked for %1 minutes.</source>
        <translation>PIN 码错误次数过多，该工号已锁定 %1 分钟。</translation>
    </message>
</context>
<context>
    <name>StatusListRepository</name>
    <message>
        <source>Enter the holder&apos;s resident ID (18 characters) or unified social credit code.</source>
        <translation>请输入持卡人的居民身份证号码（18 位）或统一社会信用代码。</translation>
    </message>
    <message>
        <source>A loss report comes from the counter, a kiosk or the phone.</source>
        <translation>挂失只能通过营业厅、自助终端或电话受理。</translation>
    </message>
    <message>
        <source>Enter the ID number the card was issued to.</source>
        <translation>请输入办卡时登记的证件号码。</translation>
    </message>
    <message>
        <source>The name is too long (at most 60 characters).</source>
        <translation>姓名过长（最多 60 个字符）。</translation>
    </message>
    <message>
        <source>There is no such loss report on this device.</source>
        <translation>本设备上没有这条挂失记录。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot advance the counter %1.</source>
        <translation>无法递增计数器 %1。</translation>
    </message>
    <message>
        <source>A change to synced data must be written inside a transaction.</source>
        <translation>对同步数据的修改必须在事务中写入。</translation>
    </message>
    <message>
        <source>Unknown kind of record: %1</source>
        <translation>未知的记录类型：%1</translation>
    </message>
    <message>
        <source>%1 records cannot be changed; add a correction instead.</source>
        <translation>%1 记录不能修改，请添加更正记录。</translation>
    </message>
    <message>
        <source>A change needs the id of its record.</source>
        <translation>修改必须指明记录的 ID。</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 没有字段 %2。</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>%1 缺少 %2。</translation>
    </message>
    <message>
        <source>The %1 to change was not found.</source>
        <translation>找不到要修改的 %1。</translation>
    </message>
</context>
<context>
    <name>SyncErrorModel</name>
    <message>
        <source>This change is no longer in the list.</source>
        <translation>这项更改已不在列表中。</translation>
    </message>
</context>
<context>
    <name>SyncErrorRow</name>
    <message>
        <source>Discard…</source>
        <translation>放弃…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message numerus="yes">
        <source>(%n change(s))</source>
        <translation>
            <numerusform>（共 %n 项更改）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting to be sent</source>
        <translation>没有待发送的更改</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n 项更改被服务器拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 处冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>changes are not going out</source>
        <translation>更改一直发不出去</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Discard this change?</source>
        <translation>放弃这项更改？</translation>
    </message>
    <message>
        <source>It will never reach the server, and other devices will not see it. This cannot be undone.</source>
        <translation>它将不会发送到服务器，其他设备也看不到它。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>This device is not connected to a server yet.</source>
        <translation>本设备尚未连接服务器。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Connected, last synced %1</source>
        <translation>已连接，上次同步于 %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>The server cannot be reached. Work goes on here and is sent when it can be.</source>
        <translation>暂时连不上服务器。工作可照常进行，恢复连接后自动发送。</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Refused by the server (%1)</source>
        <translation>被服务器拒绝（%1）</translation>
    </message>
    <message>
        <source>Nothing was refused.</source>
        <translation>没有被拒绝的更改。</translation>
    </message>
    <message>
        <source>Conflicts (%1 open)</source>
        <translation>冲突（%1 处待处理）</translation>
    </message>
    <message>
        <source>No change of yours was overwritten.</source>
        <translation>您的更改没有被覆盖。</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>This app cannot enroll here.</source>
        <translation>此处无法登记设备。</translation>
    </message>
    <message>
        <source>Enter the enrollment code from your administrator.</source>
        <translation>请输入管理员提供的登记码。</translation>
    </message>
</context>
<context>
    <name>TabletHome</name>
    <message>
        <source>Re-activated the OBU and tested it in the lane with the customer.</source>
        <translation>已重新激活 OBU，并与客户在车道测试正常。</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Reported</source>
        <translation>已报修</translation>
    </message>
    <message>
        <source>Sent to repair centre</source>
        <translation>已转维修中心</translation>
    </message>
    <message>
        <source>At repair centre</source>
        <translation>维修中心已接收</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>Waiting to accept</source>
        <translation>待接单</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>已出发</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>已到达</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>处理完毕</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结单</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Depart</source>
        <translation>出发</translation>
    </message>
    <message>
        <source>Arrived on site</source>
        <translation>到达现场</translation>
    </message>
    <message>
        <source>Work finished</source>
        <translation>处理完毕</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Chased</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Fault reported</source>
        <translation>客户报修</translation>
    </message>
    <message>
        <source>Received by repair centre</source>
        <translation>维修中心接收</translation>
    </message>
    <message>
        <source>Dispatched to crew</source>
        <translation>派单至班组</translation>
    </message>
    <message>
        <source>Delivered to crew</source>
        <translation>送达班组</translation>
    </message>
    <message>
        <source>Accepted by crew</source>
        <translation>班组接单</translation>
    </message>
    <message>
        <source>Crew departed</source>
        <translation>班组出发</translation>
    </message>
    <message>
        <source>Crew arrived on site</source>
        <translation>班组到达现场</translation>
    </message>
    <message>
        <source>Closed after callback</source>
        <translation>回访后结单</translation>
    </message>
    <message>
        <source>Reopened after callback</source>
        <translation>回访后重新打开</translation>
    </message>
    <message>
        <source>Returned for re-dispatch</source>
        <translation>退回重新派单</translation>
    </message>
    <message>
        <source>P1 critical</source>
        <translation>P1 特急</translation>
    </message>
    <message>
        <source>P2 high</source>
        <translation>P2 紧急</translation>
    </message>
    <message>
        <source>P3 normal</source>
        <translation>P3 一般</translation>
    </message>
    <message>
        <source>P4 low</source>
        <translation>P4 较低</translation>
    </message>
    <message>
        <source>P5 lowest</source>
        <translation>P5 最低</translation>
    </message>
    <message>
        <source>No step deadline</source>
        <translation>无环节时限</translation>
    </message>
    <message>
        <source>Due in %1 h %2 min</source>
        <translation>%1 小时 %2 分钟后到期</translation>
    </message>
    <message>
        <source>Due in %1 min</source>
        <translation>%1 分钟后到期</translation>
    </message>
    <message>
        <source>Overdue %1 h %2 min</source>
        <translation>已超时 %1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Overdue %1 min</source>
        <translation>已超时 %1 分钟</translation>
    </message>
    <message>
        <source>Crew tablet</source>
        <translation>外勤平板</translation>
    </message>
    <message>
        <source>Branch counter</source>
        <translation>营业厅柜台</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>Repair crew</source>
        <translation>维修班组</translation>
    </message>
    <message>
        <source>Counter staff</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>营业厅</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Blue plate</source>
        <translation>蓝牌</translation>
    </message>
    <message>
        <source>Yellow plate</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <source>Green plate</source>
        <translation>绿牌</translation>
    </message>
    <message>
        <source>Yellow-green plate</source>
        <translation>黄绿牌</translation>
    </message>
    <message>
        <source>White plate</source>
        <translation>白牌</translation>
    </message>
    <message>
        <source>Black plate</source>
        <translation>黑牌</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位客户</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个人客户</translation>
    </message>
    <message>
        <source>Power cut</source>
        <translation>停电</translation>
    </message>
    <message>
        <source>Service outage</source>
        <translation>服务中断</translation>
    </message>
    <message>
        <source>System maintenance</source>
        <translation>系统维护</translation>
    </message>
    <message>
        <source>Road works</source>
        <translation>道路施工</translation>
    </message>
    <message>
        <source>OBU fault</source>
        <translation>OBU 故障</translation>
    </message>
    <message>
        <source>OBU activation</source>
        <translation>OBU 激活</translation>
    </message>
    <message>
        <source>Card fault</source>
        <translation>用户卡故障</translation>
    </message>
    <message>
        <source>Toll transaction problem</source>
        <translation>交易异常</translation>
    </message>
    <message>
        <source>Installation problem</source>
        <translation>安装问题</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>营业厅</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Many customers</source>
        <translation>大范围</translation>
    </message>
    <message>
        <source>Several customers</source>
        <translation>多位客户</translation>
    </message>
    <message>
        <source>One customer</source>
        <translation>单个客户</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Yellow-green</source>
        <translation>黄绿色</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>新工单</translation>
    </message>
    <message>
        <source>Ticket edited</source>
        <translation>修改工单</translation>
    </message>
    <message>
        <source>Ticket timeline entry</source>
        <translation>工单时间线记录</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Customer edited</source>
        <translation>修改客户资料</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>新车辆</translation>
    </message>
    <message>
        <source>Contact log entry</source>
        <translation>接触记录</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新员工</translation>
    </message>
    <message>
        <source>New crew</source>
        <translation>新班组</translation>
    </message>
    <message>
        <source>Ticket step: %1</source>
        <translation>工单步骤：%1</translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>the contact name</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>the contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>the urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>the impact</source>
        <translation>影响程度</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>a ticket</source>
        <translation>一张工单</translation>
    </message>
    <message>
        <source>a customer</source>
        <translation>一位客户</translation>
    </message>
    <message>
        <source>a vehicle</source>
        <translation>一辆车</translation>
    </message>
    <message>
        <source>a crew</source>
        <translation>一个班组</translation>
    </message>
    <message>
        <source>The signed-in person&apos;s role may not make this change.</source>
        <translation>当前登录人员的角色无权做此更改。</translation>
    </message>
    <message>
        <source>The server does not know the person who made this change.</source>
        <translation>服务器上没有做此更改的人员。</translation>
    </message>
    <message>
        <source>Someone else moved this ticket on first; this step no longer fits.</source>
        <translation>这张工单已被他人先行处理，此步骤已不再适用。</translation>
    </message>
    <message>
        <source>The server has this record already.</source>
        <translation>服务器上已有这条记录。</translation>
    </message>
    <message>
        <source>The record to change is not on the server.</source>
        <translation>要修改的记录不在服务器上。</translation>
    </message>
    <message>
        <source>The server does not know this kind of change; it may need an update.</source>
        <translation>服务器不认识这类更改，可能需要升级。</translation>
    </message>
    <message>
        <source>Part of this change did not reach the server.</source>
        <translation>这项更改有一部分没有到达服务器。</translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation>服务器拒绝了这项更改。</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>待命</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>暂离</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>下班</translation>
    </message>
    <message>
        <source>%1 not accepted for %2 h %3 min</source>
        <translation>%1 已 %2 小时 %3 分钟未接单</translation>
    </message>
    <message>
        <source>%1 not accepted for %2 min</source>
        <translation>%1 已 %2 分钟未接单</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>False advertising</source>
        <translation>虚假宣传</translation>
    </message>
    <message>
        <source>We have received your complaint.</source>
        <translation>我们已收到您的投诉。</translation>
    </message>
    <message>
        <source>Your complaint is with the department responsible.</source>
        <translation>您的投诉已转交责任部门。</translation>
    </message>
    <message>
        <source>Your complaint is being handled.</source>
        <translation>您的投诉正在处理中。</translation>
    </message>
    <message>
        <source>We have answered your complaint.</source>
        <translation>我们已答复您的投诉。</translation>
    </message>
    <message>
        <source>Your complaint is being handled again.</source>
        <translation>您的投诉正在重新处理。</translation>
    </message>
    <message>
        <source>Your complaint is closed.</source>
        <translation>您的投诉已办结。</translation>
    </message>
    <message>
        <source>We have your request and are assigning a repair crew.</source>
        <translation>我们已收到您的报修，正在安排维修人员。</translation>
    </message>
    <message>
        <source>A repair crew has been assigned.</source>
        <translation>已为您安排维修人员。</translation>
    </message>
    <message>
        <source>The repair crew has taken on your request.</source>
        <translation>维修人员已接单。</translation>
    </message>
    <message>
        <source>The repair crew is on the way.</source>
        <translation>维修人员已出发，正在赶往现场。</translation>
    </message>
    <message>
        <source>The repair crew is on site.</source>
        <translation>维修人员已到达现场。</translation>
    </message>
    <message>
        <source>The repair is done; we will call you to make sure all is well.</source>
        <translation>维修已完成，我们将致电回访，确认一切正常。</translation>
    </message>
    <message>
        <source>Closed: the repair is done and you confirmed it.</source>
        <translation>已结单：维修已完成，并经您确认。</translation>
    </message>
    <message>
        <source>We are assigning a repair crew again.</source>
        <translation>我们正在重新安排维修人员。</translation>
    </message>
    <message>
        <source>This request was withdrawn.</source>
        <translation>该报修已撤销。</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>With a department</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Answered, awaiting verdict</source>
        <translation>已答复，待评价</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Escalated complaint</source>
        <translation>升级投诉</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Dispatch to a department</source>
        <translation>转办部门</translation>
    </message>
    <message>
        <source>Start handling</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>登记答复</translation>
    </message>
    <message>
        <source>Complainant satisfied</source>
        <translation>投诉人满意</translation>
    </message>
    <message>
        <source>Complainant not satisfied</source>
        <translation>投诉人不满意</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Complaint registered</source>
        <translation>投诉已登记</translation>
    </message>
    <message>
        <source>Dispatched to a department</source>
        <translation>已转办部门</translation>
    </message>
    <message>
        <source>Handling started</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Reply given</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>expected to end %1</source>
        <translation>预计 %1 结束</translation>
    </message>
    <message>
        <source>end not known yet</source>
        <translation>结束时间未定</translation>
    </message>
    <message>
        <source>Loss report</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>No card with this number has been issued.</source>
        <translation>没有发行过这个卡号的卡片。</translation>
    </message>
    <message>
        <source>The ID number given is not the card holder&apos;s.</source>
        <translation>所填证件号码与持卡人不符。</translation>
    </message>
    <message>
        <source>The server has no ID on file for this holder; the holder must come to a counter.</source>
        <translation>服务器上没有该持卡人的证件信息，请持卡人到营业厅办理。</translation>
    </message>
    <message>
        <source>The holder&apos;s ID number is needed.</source>
        <translation>需要持卡人的证件号码。</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <source>This step is not available for this ticket.</source>
        <translation>该工单当前不能执行此操作。</translation>
    </message>
    <message>
        <source>Only a member of the ticket&apos;s crew can change it, on the crew&apos;s tablet.</source>
        <translation>只有该工单所属班组的成员才能在班组平板上操作。</translation>
    </message>
</context>
<context>
    <name>TicketDetailPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>故障类别</translation>
    </message>
    <message>
        <source>Reported via</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报修时间</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>The crew has no steps left on this ticket.</source>
        <translation>该工单已没有需要班组处理的环节。</translation>
    </message>
    <message>
        <source>Only the crew this ticket is dispatched to can take these steps, on its tablet.</source>
        <translation>只有接到派单的班组才能在其平板上执行这些操作。</translation>
    </message>
    <message>
        <source>Why are you returning this ticket?</source>
        <translation>请说明退回原因</translation>
    </message>
    <message>
        <source>e.g. the address is outside our area</source>
        <translation>例如：地址不在本班组服务范围</translation>
    </message>
    <message>
        <source>Return ticket</source>
        <translation>确认退回</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Not dispatched to a crew</source>
        <translation>尚未派单</translation>
    </message>
    <message>
        <source>Still to do before finishing: %1</source>
        <translation>处理完毕前还需完成：%1</translation>
    </message>
    <message>
        <source>Why is this order being chased?</source>
        <translation>请说明催办原因</translation>
    </message>
    <message>
        <source>e.g. the customer called again; the crew is 20 minutes late</source>
        <translation>例如：客户再次来电，班组已迟到 20 分钟</translation>
    </message>
    <message>
        <source>Chase the order</source>
        <translation>确认催办</translation>
    </message>
    <message>
        <source>Chase this order</source>
        <translation>催办此工单</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Visible to everyone who works on this ticket</source>
        <translation>处理该工单的所有人员均可看到</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
</context>
<context>
    <name>TicketForm</name>
    <message>
        <source>Describe the problem in a short title (2 to 120 characters).</source>
        <translation>请用简短的标题描述问题（2 至 120 个字符）。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择故障类别。</translation>
    </message>
    <message>
        <source>Choose how the problem was reported.</source>
        <translation>请选择受理渠道。</translation>
    </message>
    <message>
        <source>Choose the urgency.</source>
        <translation>请选择紧急程度。</translation>
    </message>
    <message>
        <source>Choose the impact.</source>
        <translation>请选择影响范围。</translation>
    </message>
    <message>
        <source>Enter the name of the person to call back.</source>
        <translation>请输入回访联系人姓名。</translation>
    </message>
    <message>
        <source>Choose one of the customer&apos;s vehicles.</source>
        <translation>请选择该客户名下的车辆。</translation>
    </message>
    <message>
        <source>The local store is not open; nothing was saved.</source>
        <translation>本机数据库未打开，未保存任何内容。</translation>
    </message>
    <message>
        <source>Sign in to save a ticket.</source>
        <translation>请先登录，再保存工单。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
</context>
<context>
    <name>TicketRepository</name>
    <message>
        <source>Describe the problem in a short title (2 to 120 characters).</source>
        <translation>请用简短的标题描述问题（2 至 120 个字符）。</translation>
    </message>
    <message>
        <source>Unknown channel.</source>
        <translation>未知的受理渠道。</translation>
    </message>
    <message>
        <source>Urgency and impact are 1 (high) to 3 (low).</source>
        <translation>紧急程度和影响范围为 1（高）至 3（低）。</translation>
    </message>
    <message>
        <source>This device is not set up yet; enroll it first.</source>
        <translation>本设备尚未完成设置，请先登记设备。</translation>
    </message>
    <message>
        <source>Choose the crew to dispatch to.</source>
        <translation>请选择要派单的班组。</translation>
    </message>
    <message>
        <source>Say why the order is returned.</source>
        <translation>请填写退回原因。</translation>
    </message>
    <message>
        <source>No such ticket.</source>
        <translation>找不到该工单。</translation>
    </message>
    <message>
        <source>Say what to change.</source>
        <translation>请说明要修改的内容。</translation>
    </message>
</context>
<context>
    <name>TicketRow</name>
    <message>
        <source>Step due %1</source>
        <translation>环节时限 %1</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>reported</source>
        <comment>ticket state in a sentence</comment>
        <translation>已报修</translation>
    </message>
    <message>
        <source>sent to the repair centre</source>
        <comment>ticket state in a sentence</comment>
        <translation>已转至维修中心</translation>
    </message>
    <message>
        <source>at the repair centre</source>
        <comment>ticket state in a sentence</comment>
        <translation>在维修中心</translation>
    </message>
    <message>
        <source>dispatched</source>
        <comment>ticket state in a sentence</comment>
        <translation>已派单</translation>
    </message>
    <message>
        <source>delivered to the crew</source>
        <comment>ticket state in a sentence</comment>
        <translation>已送达班组</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>ticket state in a sentence</comment>
        <translation>已接单</translation>
    </message>
    <message>
        <source>under way</source>
        <comment>ticket state in a sentence</comment>
        <translation>在途</translation>
    </message>
    <message>
        <source>on site</source>
        <comment>ticket state in a sentence</comment>
        <translation>已到达现场</translation>
    </message>
    <message>
        <source>finished</source>
        <comment>ticket state in a sentence</comment>
        <translation>已处理完毕</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>ticket state in a sentence</comment>
        <translation>已结单</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>ticket state in a sentence</comment>
        <translation>已退回</translation>
    </message>
    <message>
        <source>reopened</source>
        <comment>ticket state in a sentence</comment>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>ticket state in a sentence</comment>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>ticket event in a sentence</comment>
        <translation>转派</translation>
    </message>
    <message>
        <source>received</source>
        <comment>ticket event in a sentence</comment>
        <translation>接收</translation>
    </message>
    <message>
        <source>dispatched</source>
        <comment>ticket event in a sentence</comment>
        <translation>派单</translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>ticket event in a sentence</comment>
        <translation>送达</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>ticket event in a sentence</comment>
        <translation>接单</translation>
    </message>
    <message>
        <source>marked as departed</source>
        <comment>ticket event in a sentence</comment>
        <translation>标记为出发</translation>
    </message>
    <message>
        <source>marked as arrived</source>
        <comment>ticket event in a sentence</comment>
        <translation>标记为到达</translation>
    </message>
    <message>
        <source>finished</source>
        <comment>ticket event in a sentence</comment>
        <translation>标记为处理完毕</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>ticket event in a sentence</comment>
        <translation>结单</translation>
    </message>
    <message>
        <source>reopened</source>
        <comment>ticket event in a sentence</comment>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>returned</source>
        <comment>ticket event in a sentence</comment>
        <translation>退回</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>ticket event in a sentence</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <source>A ticket that is %1 cannot be %2.</source>
        <translation>%1的工单不能%2。</translation>
    </message>
</context>
<context>
    <name>VehiclePlate</name>
    <message>
        <source>Enter the plate number.</source>
        <translation>请输入车牌号码。</translation>
    </message>
    <message>
        <source>A plate number starts with a province abbreviation such as 京 or 粤; &quot;%1&quot; is not one.</source>
        <translation>车牌号码应以省份简称开头（如 京、粤），“%1”不是省份简称。</translation>
    </message>
    <message>
        <source>The second character of a plate number is a letter for the issuing office.</source>
        <translation>车牌号码第二位应为发牌机关代号字母。</translation>
    </message>
    <message>
        <source>The last five characters of a plate number are digits or letters other than I and O.</source>
        <translation>车牌号码后五位应为数字或字母（不含 I 和 O）。</translation>
    </message>
    <message>
        <source>An 8-character new-energy plate number is either D or F, a letter or digit and four digits (沪AD12345), or five digits and D or F (粤B12345D).</source>
        <translation>8 位新能源车牌号码为：D 或 F 加一位字母或数字再加四位数字（如 沪AD12345），或五位数字加 D 或 F（如 粤B12345D）。</translation>
    </message>
    <message numerus="yes">
        <source>A plate number has 7 characters, or 8 for a new-energy vehicle; this one has %n.</source>
        <translation>
            <numerusform>车牌号码为 7 位，新能源车为 8 位；当前输入了 %n 位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkRecord</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Only a member of the ticket&apos;s crew can record the work, on the crew&apos;s tablet.</source>
        <translation>只有该工单所属班组的成员才能在班组平板上填写作业记录。</translation>
    </message>
    <message>
        <source>The work record is filled in on site, after the arrival and before finishing.</source>
        <translation>作业记录须在现场填写：到达之后、处理完毕之前。</translation>
    </message>
    <message>
        <source>Cannot read the chosen file.</source>
        <translation>无法读取所选文件。</translation>
    </message>
    <message>
        <source>The signature could not be read; ask the customer to sign again.</source>
        <translation>无法读取签字，请客户重新签字。</translation>
    </message>
    <message>
        <source>Late orders are chased from the counter.</source>
        <translation>超时工单须在营业厅柜台催办。</translation>
    </message>
</context>
<context>
    <name>WorkRecordPanel</name>
    <message>
        <source>Customer&apos;s equipment</source>
        <translation>客户产权</translation>
    </message>
    <message>
        <source>Our equipment</source>
        <translation>本公司产权</translation>
    </message>
    <message>
        <source>Third party&apos;s equipment</source>
        <translation>第三方产权</translation>
    </message>
    <message>
        <source>Owner not known</source>
        <translation>产权不明</translation>
    </message>
    <message>
        <source>Work record</source>
        <translation>作业记录</translation>
    </message>
    <message>
        <source>No fault record yet.</source>
        <translation>尚未填写故障记录。</translation>
    </message>
    <message>
        <source>fault as reported</source>
        <translation>故障属实</translation>
    </message>
    <message>
        <source>no fault found</source>
        <translation>未发现故障</translation>
    </message>
    <message>
        <source>Correct the fault record</source>
        <translation>修改故障记录</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>使用配件</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <source>Part name</source>
        <translation>配件名称</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>添加配件</translation>
    </message>
    <message>
        <source>Photos and signature</source>
        <translation>照片与签字</translation>
    </message>
    <message>
        <source>On another device</source>
        <translation>在其他设备上</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>重新签字</translation>
    </message>
    <message>
        <source>Customer signs</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Before finishing</source>
        <translation>处理完毕前须完成</translation>
    </message>
    <message>
        <source>Finish checklist</source>
        <translation>完工检查清单</translation>
    </message>
    <message>
        <source>None used</source>
        <translation>未用配件</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>fd::SyncEngine</name>
    <message>
        <source>This device is not enrolled with a server yet.</source>
        <translation>本设备尚未在服务器登记。</translation>
    </message>
    <message>
        <source>The server answered %1 results for %2 changes.</source>
        <translation>服务器对 %2 项更改返回了 %1 个结果。</translation>
    </message>
    <message>
        <source>Sync did not finish within %1 s.</source>
        <translation>同步未能在 %1 秒内完成。</translation>
    </message>
    <message>
        <source>The server address must look like http://host:port.</source>
        <translation>服务器地址应形如 http://主机:端口。</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
</context>
</TS>
