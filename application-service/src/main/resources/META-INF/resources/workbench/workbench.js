/* The clerks' workbench: plain JS over this service's own API (same origin). Sign-in is platform's opendata-signin.js
   (the identity provider; the access token in this tab's session storage, sent as the Authorization header); personal
   data is only ever what the API returns to the caller, never kept beyond the page. */
(function () {
  'use strict';

  var TOKEN_KEY = 'opendata.token';
  var main = document.getElementById('main');

  var STATUS = { AWAITING_CONFIRMATION: '待确认收到', IN_PROGRESS: '办理中', AWAITING_CORRECTION: '等待补正',
    IN_CONSULTATION: '征求意见中', AWAITING_PAYMENT: '等待缴费', CONCLUDED: '已办结' };
  var CHANNEL = { ONLINE: '网络', LETTER: '信函', IN_PERSON: '当面', FAX: '传真' };
  var APPLICANT = { NATURAL_PERSON: '自然人', COMMERCIAL: '商业企业', RESEARCH: '科研机构', SOCIAL_WELFARE: '社会公益组织',
    LEGAL_SERVICE: '法律服务机构', OTHER: '其他' };
  var OUTCOME = { ALREADY_PUBLIC: '已主动公开', DISCLOSED: '予以公开', PARTIALLY_DISCLOSED: '部分公开',
    WITHHELD_STATE_SECRET: '不予公开：属于国家秘密', WITHHELD_PROHIBITED_BY_LAW: '不予公开：其他法律行政法规禁止公开',
    WITHHELD_SECURITY_STABILITY: '不予公开：危及“三安全一稳定”', WITHHELD_THIRD_PARTY: '不予公开：保护第三方合法权益',
    WITHHELD_INTERNAL_AFFAIRS: '不予公开：属于三类内部事务信息', WITHHELD_PROCESS_INFO: '不予公开：属于四类过程性信息',
    WITHHELD_ENFORCEMENT_FILE: '不予公开：属于行政执法案卷', SPECIAL_INQUIRY_PROCEDURE: '不予公开：属于行政查询事项',
    NOT_HELD: '无法提供：本机关不掌握相关政府信息', NOT_THIS_AGENCY: '无法提供：不属于本机关公开',
    NEEDS_NEW_PRODUCTION: '无法提供：没有现成信息需要另行制作', UNCLEAR_AFTER_CORRECTION: '无法提供：补正后申请内容仍不明确',
    PETITION_OR_COMPLAINT: '不予处理：信访举报投诉类申请', REPEATED_REQUEST: '不予处理：重复申请',
    PUBLISHED_MATERIAL: '不予处理：要求提供公开出版物', EXCESSIVE_REQUESTS: '不予处理：无正当理由大量反复申请',
    RECONFIRMATION: '不予处理：要求确认或重新出具已获取信息', ABANDONED_NO_CORRECTION: '其他处理：逾期不补正',
    ABANDONED_NO_FEE: '其他处理：逾期未缴费', OTHER: '其他处理' };
  var EVENT = { REGISTERED: '登记', RECEIPT_CONFIRMED: '确认收到', CORRECTION_NOTICE: '补正告知', CORRECTED: '收到补正',
    EXTENSION: '延期答复', CONSULTATION_STARTED: '开始征求意见', CONSULTATION_ENDED: '征求意见结束', FEE_NOTICE: '收费通知',
    FEE_PAID: '已缴费', CUSTOM_REPLY_DATE: '另定答复期限', REPLIED: '答复', ABANDONED: '视为放弃', WITHDRAWN: '撤回',
    IMPORTED: '导入', LETTER_DELIVERED: '文书送达', RECEIVED: '收到申请' };
  var LETTER = { RECEIPT: '受理（登记）回执', CORRECTION_NOTICE: '补正告知书', EXTENSION_NOTICE: '延期答复告知书',
    THIRD_PARTY_CONSULTATION: '征求第三方意见书', AGENCY_CONSULTATION: '征求意见函', FEE_NOTICE: '收费通知书', REPLY: '答复书' };
  /* The to-do kinds of /api/v1/deadlines (where the service reports them). */
  var KIND = { REPLY_DUE: '答复到期', CORRECTION_NOTICE_CLOSING: '补正告知期限将满（7个工作日）', CORRECTION_LAPSED: '补正期限已过',
    PAYMENT_LAPSED: '缴费期限已过', CONSULTATION_OVERDUE: '征求意见已超15个工作日', UNCONFIRMED: '待与申请人确认收到' };
  var DELIVERY = { IN_PERSON: '直接送达', POST: '邮寄送达', ELECTRONIC: '电子送达' };
  var RULES = {
    IN_PERSON: '当面提交：以提交之日为收到申请之日（条例第三十一条第一项），答复期限自次日起算。',
    LETTER: '平常信函：与申请人确认之日为收到申请之日；挂号信等需签收的邮寄方式：以签收之日为收到申请之日（条例第三十一条第二项）。',
    ONLINE: '网络提交：以双方确认之日为收到申请之日（条例第三十一条第三项）；登记后须“确认收到”，期限方才起算。',
    FAX: '传真提交：以双方确认之日为收到申请之日（条例第三十一条第三项）；登记后须“确认收到”，期限方才起算。'
  };

  /* Each lifecycle action: its label, its fields (name, label, type, options) — the API's bodies. */
  var ACTIONS = {
    'confirm-receipt': ['确认收到（第三十一条）', [['on', '确认日期', 'date']]],
    'correction-notice': ['补正告知（第三十条，收到后7个工作日内）', [['on', '告知日期', 'date'], ['reason', '需要补正的事项', 'text'], ['respondBy', '补正期限（可空）', 'date']]],
    'corrected': ['收到补正', [['on', '收到补正日期', 'date']]],
    'extension': ['延期答复（第三十三条第二款）', [['on', '决定日期', 'date'], ['workingDays', '延长工作日（≤20）', 'number'], ['approvedBy', '批准的负责人', 'text'], ['reason', '延期理由', 'text']]],
    'consultation-start': ['开始征求意见（第三十二、三十四条）', [['on', '发出日期', 'date'], ['party', '征求对象', 'select', { THIRD_PARTY: '第三方', OTHER_AGENCY: '其他机关' }], ['reason', '说明', 'text']]],
    'consultation-end': ['征求意见结束', [['on', '结束日期', 'date']]],
    'fee-notice': ['收费通知（第四十二条）', [['on', '通知日期', 'date'], ['amountYuan', '金额（元）', 'text'], ['reason', '说明', 'text']]],
    'fee-paid': ['已缴费', [['on', '缴费日期', 'date']]],
    'custom-reply-date': ['另定答复期限（第三十五条）', [['on', '决定日期', 'date'], ['date', '答复期限', 'date'], ['reason', '理由', 'text']]],
    'reply': ['答复（办结）', [['on', '答复日期', 'date'], ['outcome', '办理结果', 'select', OUTCOME], ['reason', '理由（不予公开等须写明）', 'text']]],
    'abandon': ['视为放弃', [['on', '日期', 'date'], ['outcome', '情形', 'select', { ABANDONED_NO_CORRECTION: '逾期不补正', ABANDONED_NO_FEE: '逾期未缴费' }]]],
    'withdraw': ['申请人撤回', [['on', '撤回日期', 'date'], ['reason', '说明', 'text']]]
  };

  function token() {
    try { return sessionStorage.getItem(TOKEN_KEY) || ''; } catch (e) { return ''; }
  }

  function claims() {
    var t = token().split('.');
    if (t.length < 2) { return {}; }
    try {
      var json = atob(t[1].replace(/-/g, '+').replace(/_/g, '/'));
      return JSON.parse(decodeURIComponent(Array.prototype.map.call(json, function (c) {
        return '%' + ('00' + c.charCodeAt(0).toString(16)).slice(-2);
      }).join('')));
    } catch (e) { return {}; }
  }

  function roles() { return claims().groups || []; }
  function isClerk() { return roles().indexOf('clerk') >= 0; }

  function headers(json) {
    var h = { 'Accept': 'application/json, application/problem+json' };
    if (json) { h['Content-Type'] = 'application/json'; }
    if (token()) { h['Authorization'] = 'Bearer ' + token(); }
    return h;
  }

  /* Resolves with the JSON answer; rejects with the problem (status, detail, violations) in plain words. */
  function api(method, path, body) {
    return fetch(path, { method: method, headers: headers(body !== undefined), body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (r) {
        return r.text().then(function (text) {
          var data = text ? JSON.parse(text) : null;
          if (r.status === 401 && window.OpendataSignIn) {
            window.OpendataSignIn.required(r.status);
          }
          if (!r.ok) {
            var p = data || {};
            p.status = r.status;
            throw p;
          }
          return data;
        });
      });
  }

  function problemText(p) {
    if (p.status === 401) { return '未登录或令牌已失效，请重新登录。'; }
    if (p.status === 403) { return '无权进行此操作：' + (p.detail || ''); }
    var text = p.detail || p.title || String(p);
    if (p.violations && p.violations.length) {
      text += '（' + p.violations.map(function (v) { return v.field + '：' + v.message; }).join('；') + '）';
    }
    return (p.status === 409 ? '依法不能进行此操作：' : '') + text;
  }

  function el(tag, attrs) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'class') { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) { continue; }
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }

  function card(title) {
    var s = el('section', { 'class': 'card' }, el('h2', { text: title }));
    main.appendChild(s);
    return s;
  }

  function table(columns, rows, rowClass) {
    var headRow = el('tr');
    columns.forEach(function (c) { headRow.appendChild(el('th', { text: c[0] })); });
    var t = el('table', {}, el('thead', {}, headRow));
    var tbody = el('tbody');
    rows.forEach(function (row) {
      var tr = el('tr', rowClass ? { 'class': rowClass(row) || '' } : {});
      columns.forEach(function (c) {
        var v = c[1](row);
        tr.appendChild(el('td', {}, typeof v === 'object' && v !== null ? v : (v === null || v === undefined ? '' : String(v))));
      });
      tbody.appendChild(tr);
    });
    t.appendChild(tbody);
    if (!rows.length) { tbody.appendChild(el('tr', {}, el('td', { colspan: String(columns.length), text: '无' }))); }
    return t;
  }

  function say(text) { document.getElementById('status').textContent = text || ''; }

  function link(r) { return el('a', { href: '#request/' + r.id, text: r.trackingNumber }); }

  function field(spec) {
    var name = spec[0], label = spec[1], type = spec[2], input;
    if (type === 'select') {
      input = el('select', { name: name });
      Object.keys(spec[3]).forEach(function (k) { input.appendChild(el('option', { value: k, text: spec[3][k] })); });
    } else {
      input = el('input', { name: name, type: type === 'number' ? 'number' : type === 'date' ? 'date' : 'text' });
    }
    return el('label', {}, label, input);
  }

  function values(form) {
    var out = {};
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name || e.type === 'submit' || e.type === 'button') { return; }
      if (e.type === 'checkbox') { out[e.name] = e.checked; return; }
      if (e.value === '') { return; }
      out[e.name] = e.type === 'number' ? Number(e.value) : e.value;
    });
    return out;
  }

  function agencies() {
    var c = claims(), list = (c.agencies || []).slice();
    if (c.agency && list.indexOf(c.agency) < 0) { list.unshift(c.agency); }
    return list;
  }

  /* ---- to-do ---- */
  function todo() {
    var c = claims();
    var form = el('form', { 'class': 'grid' });
    var agency = el('select', { name: 'agency' });
    agency.appendChild(el('option', { value: '', text: c.agencies ? '本机关及下级机关' : '本机关' }));
    agencies().forEach(function (a) { agency.appendChild(el('option', { value: a, text: a })); });
    var within = el('input', { name: 'within', type: 'number', value: '5', min: '0', max: '400' });
    form.appendChild(el('label', {}, '机关', agency));
    form.appendChild(el('label', {}, '提示范围（工作日内到期）', within));
    form.appendChild(el('button', { type: 'submit', text: '刷新' }));
    card('待办事项').appendChild(form);
    var due = card('即将到期、已逾期与期限将满');
    var waiting = card('等待申请人或第三方');
    function load() {
      var q = (agency.value ? 'agency=' + encodeURIComponent(agency.value) + '&' : '');
      api('GET', '/api/v1/deadlines?' + q + 'within=' + encodeURIComponent(within.value || '5') + '&size=500').then(function (page) {
        replaceTable(due, table([['申请编号', link], ['机关', function (r) { return r.agency; }], ['状态', function (r) { return STATUS[r.status]; }],
          ['待办', function (r) { return r.kind ? (KIND[r.kind] || r.kind) + (r.actionBy ? '（' + r.actionBy + '前）' : '') : '答复到期'; }],
          ['收到日期', function (r) { return r.receivedOn; }],
          ['答复期限', function (r) { return r.dueOn ? r.dueOn + (r.extended ? '（已延期）' : '') + (r.provisional ? '（预估：当年官方日历尚未公布）' : '') : ''; }],
          ['剩余工作日', function (r) { return r.overdue ? el('span', { 'class': 'badge warn', text: '逾期 ' + (-r.workingDaysLeft) + ' 个工作日' }) : (r.workingDaysLeft === null || r.workingDaysLeft === undefined ? '' : r.workingDaysLeft); }]],
          page.items, function (r) { return r.overdue ? 'overdue' : ''; }));
      }).catch(function (p) { say(problemText(p)); });
      var statuses = ['AWAITING_CONFIRMATION', 'AWAITING_CORRECTION', 'AWAITING_PAYMENT', 'IN_CONSULTATION'];
      Promise.all(statuses.map(function (s) { return api('GET', '/api/v1/requests?' + q + 'status=' + s + '&size=500'); })).then(function (pages) {
        var rows = [];
        pages.forEach(function (p) { rows = rows.concat(p.items); });
        replaceTable(waiting, table([['申请编号', link], ['机关', function (r) { return r.agency; }], ['状态', function (r) { return STATUS[r.status]; }],
          ['到达/收到', function (r) { return r.receivedOn || (r.arrivedAt || '').slice(0, 10); }],
          ['答复期限', function (r) { return r.clockPaused ? '期限中止' : (r.dueOn || ''); }],
          ['剩余工作日', function (r) { return r.workingDaysLeft === null ? '' : r.workingDaysLeft; }]], rows));
      }).catch(function (p) { say(problemText(p)); });
    }
    form.addEventListener('submit', function (e) { e.preventDefault(); load(); });
    load();
  }

  function replaceTable(section, t) {
    var old = section.querySelector('table');
    if (old) { section.removeChild(old); }
    section.appendChild(t);
  }

  /* ---- register ---- */
  function register() {
    var c = claims();
    var s = card('登记政府信息公开申请');
    var form = el('form', { 'class': 'grid', id: 'register-form' });
    form.appendChild(el('label', {}, '机关', el('input', { name: 'agency', value: c.agency || '', required: 'required' })));
    form.appendChild(el('label', {}, '申请编号', el('input', { name: 'trackingNumber', required: 'required' })));
    form.appendChild(field(['channel', '申请方式', 'select', CHANNEL]));
    form.appendChild(el('label', { 'class': 'inline' }, el('input', { type: 'checkbox', name: 'registeredPost' }), '挂号信等需签收的邮寄'));
    form.appendChild(field(['applicantType', '申请人类型', 'select', APPLICANT]));
    form.appendChild(el('label', {}, '申请人姓名/名称', el('input', { name: 'name' })));
    form.appendChild(field(['idType', '证件类型', 'select', { RESIDENT_ID: '居民身份证', BUSINESS_LICENSE: '统一社会信用代码', PASSPORT: '护照', OTHER: '其他' }]));
    form.appendChild(el('label', {}, '证件号码', el('input', { name: 'idNumber' })));
    form.appendChild(el('label', {}, '联系电话', el('input', { name: 'phone' })));
    form.appendChild(el('label', {}, '通讯地址', el('input', { name: 'address' })));
    form.appendChild(el('label', {}, '申请内容', el('textarea', { name: 'subject', rows: '3', required: 'required' })));
    form.appendChild(el('label', {}, '到达时间', el('input', { name: 'arrivedAt', type: 'datetime-local', required: 'required' })));
    form.appendChild(el('button', { type: 'submit', text: '登记' }));
    var rule = el('div', { 'class': 'rule', id: 'receipt-rule' });
    s.appendChild(rule);
    s.appendChild(form);
    function showRule() { rule.textContent = '收到申请之日：' + RULES[form.elements.channel.value]; }
    form.elements.channel.addEventListener('change', showRule);
    showRule();
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var v = values(form);
      var body = { agency: v.agency, trackingNumber: v.trackingNumber, channel: v.channel, registeredPost: !!v.registeredPost,
        applicantType: v.applicantType, subject: v.subject, arrivedAt: v.arrivedAt + ':00+08:00',
        applicant: { name: v.name || null, idType: v.idNumber ? v.idType : null, idNumber: v.idNumber || null, phone: v.phone || null, address: v.address || null } };
      api('POST', '/api/v1/requests', body).then(function (r) { say(''); location.hash = '#request/' + r.id; })
        .catch(function (p) { say(problemText(p)); });
    });
  }

  /* ---- search ---- */
  function search() {
    var s = card('查询申请');
    var form = el('form', { 'class': 'grid' });
    form.appendChild(el('label', {}, '机关', el('input', { name: 'agency', value: claims().agency || '' })));
    form.appendChild(field(['status', '状态', 'select', Object.assign({ '': '全部' }, STATUS)]));
    form.appendChild(field(['channel', '申请方式', 'select', Object.assign({ '': '全部' }, CHANNEL)]));
    form.appendChild(field(['outcome', '办理结果', 'select', Object.assign({ '': '全部' }, OUTCOME)]));
    form.appendChild(el('label', {}, '收到年度', el('input', { name: 'receivedYear', type: 'number', min: '2000', max: '2100' })));
    form.appendChild(el('button', { type: 'submit', text: '查询' }));
    s.appendChild(form);
    var results = card('结果');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var v = values(form), q = Object.keys(v).map(function (k) { return k + '=' + encodeURIComponent(v[k]); }).join('&');
      api('GET', '/api/v1/requests?size=200&' + q).then(function (page) {
        replaceTable(results, table([['申请编号', link], ['机关', function (r) { return r.agency; }], ['申请方式', function (r) { return CHANNEL[r.channel]; }],
          ['申请内容', function (r) { return r.subject; }], ['状态', function (r) { return STATUS[r.status]; }],
          ['答复期限', function (r) { return r.dueOn ? r.dueOn + (r.dueOnProvisional ? '（预估）' : '') : ''; }], ['办理结果', function (r) { return r.outcome ? OUTCOME[r.outcome] : ''; }]], page.items));
        say('共 ' + page.total + ' 件');
      }).catch(function (p) { say(problemText(p)); });
    });
  }

  /* ---- one request ---- */
  function request(id) {
    var head = card('申请');
    var timeline = card('答复期限说明');
    var act = card('办理');
    var letters = card('文书');
    var history = card('办理记录');
    function refresh() {
      api('GET', '/api/v1/requests/' + id).then(function (r) {
        head.querySelector('h2').textContent = '申请 ' + r.trackingNumber + '（' + STATUS[r.status] + '）';
        clear(head);
        var a = r.applicant || {};
        head.appendChild(table([['项目', function (x) { return x[0]; }], ['内容', function (x) { return x[1]; }]], [
          ['机关', r.agency], ['申请方式', CHANNEL[r.channel] + (r.registeredPost ? '（挂号）' : '')], ['申请人', (a.name || '') + ' ' + (a.phone || '')],
          ['申请内容', r.subject], ['到达', r.arrivedAt], ['收到申请之日', r.receivedOn || '待确认（第三十一条）'],
          ['答复期限', r.dueOn ? r.dueOn + (r.extended ? '（已延期）' : '') + (r.dueOnProvisional ? '（预估：当年官方日历尚未公布）' : '') : (r.clockPaused ? '期限中止' : '')],
          ['剩余工作日', r.workingDaysLeft === null ? '' : (r.overdue ? '已逾期' : r.workingDaysLeft)],
          ['办理结果', r.outcome ? OUTCOME[r.outcome] + '（' + r.concludedOn + '）' : '']]));
      }).catch(function (p) { say(problemText(p)); });
      api('GET', '/api/v1/requests/' + id + '/deadline').then(function (d) {
        clear(timeline);
        var ol = el('ol', { 'class': 'timeline' });
        (d.steps || []).forEach(function (s) {
          ol.appendChild(el('li', {}, el('span', { 'class': 'when', text: s.on + ' ' + (EVENT[s.type] || s.type) }), ' ',
            el('span', { 'class': 'badge', text: s.article || '' }), ' ', s.explanation || '',
            s.dueOn ? el('div', { text: '答复期限：' + s.dueOn + (s.shiftWorkingDays ? '（变动 ' + s.shiftWorkingDays + ' 个工作日）' : '') }) : null));
        });
        timeline.appendChild(ol);
      }).catch(function () { /* the head already said why */ });
      api('GET', '/api/v1/requests/' + id + '/events').then(function (events) {
        clear(history);
        history.appendChild(table([['日期', function (e) { return e.on; }], ['事项', function (e) { return EVENT[e.type] || e.type; }],
          ['经办', function (e) { return e.actor; }], ['说明', function (e) { return e.reason || (e.outcome ? OUTCOME[e.outcome] : ''); }]], events));
      });
      api('GET', '/api/v1/requests/' + id + '/letters').then(function (list) {
        clear(letters);
        letters.appendChild(table([['文号', function (l) { return l.documentNumber; }], ['文书', function (l) { return LETTER[l.kind]; }],
          ['日期', function (l) { return l.issuedOn; }], ['送达', function (l) { return l.deliveredOn ? DELIVERY[l.deliveryMethod] + ' ' + l.deliveredOn : deliveryForm(l); }],
          ['下载', function (l) { return isClerk() ? el('span', {}, downloadButton(l, 'document', 'docx'), ' ', downloadButton(l, 'pdf', 'pdf')) : ''; }]], list));
        if (isClerk()) { letters.appendChild(issueForm()); }
      });
    }
    function clear(section) {
      Array.prototype.slice.call(section.childNodes, 1).forEach(function (n) { section.removeChild(n); });
    }
    /* The document through fetch (it needs the Authorization header), saved under the letter's number. */
    function downloadButton(l, path, extension) {
      var b = el('button', { type: 'button', 'class': 'secondary download', 'data-format': extension, text: '下载 ' + extension.toUpperCase() });
      b.addEventListener('click', function () {
        var h = headers(false);
        // the document's own type: the endpoints answer only it (or a problem), a JSON Accept is refused with 406
        h['Accept'] = (extension === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') + ', application/problem+json';
        fetch('/api/v1/requests/' + id + '/letters/' + l.id + '/' + path, { headers: h }).then(function (r) {
          if (!r.ok) {
            return r.json().then(function (p) { p.status = r.status; throw p; }, function () { throw { status: r.status }; });
          }
          return r.blob();
        }).then(function (blob) {
          var a = el('a', { href: URL.createObjectURL(blob), download: l.documentNumber + '.' + extension });
          document.body.appendChild(a);
          a.click();
          setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
        }).catch(function (p) { say(problemText(p)); });
      });
      return b;
    }
    function deliveryForm(l) {
      if (!isClerk()) { return '未送达'; }
      var f = el('form', {}, field(['method', '方式', 'select', DELIVERY]), field(['on', '日期', 'date']), el('button', { type: 'submit', text: '记录送达' }));
      f.addEventListener('submit', function (e) {
        e.preventDefault();
        var v = values(f);
        v.actor = claims().sub || '经办人';
        api('POST', '/api/v1/requests/' + id + '/letters/' + l.id + '/delivery', v).then(refresh).catch(function (p) { say(problemText(p)); });
      });
      return f;
    }
    function issueForm() {
      var f = el('form', { 'class': 'grid' }, field(['kind', '出具文书', 'select', LETTER]), field(['recipient', '受送达的第三方/机关（征求意见时）', 'text']),
        field(['note', '补充内容（获取方式、缴费方式等）', 'text']), el('button', { type: 'submit', text: '出具' }));
      f.addEventListener('submit', function (e) {
        e.preventDefault();
        var v = values(f);
        v.actor = claims().sub || '经办人';
        api('POST', '/api/v1/requests/' + id + '/letters', v).then(function () { say(''); refresh(); }).catch(function (p) { say(problemText(p)); });
      });
      return f;
    }
    if (isClerk()) {
      var choose = el('select', { name: 'action' });
      Object.keys(ACTIONS).forEach(function (k) { choose.appendChild(el('option', { value: k, text: ACTIONS[k][0] })); });
      var form = el('form', { 'class': 'grid' });
      var effect = el('div');
      act.appendChild(el('label', {}, '办理事项', choose));
      act.appendChild(form);
      act.appendChild(effect);
      var build = function () {
        while (form.firstChild) { form.removeChild(form.firstChild); }
        ACTIONS[choose.value][1].forEach(function (spec) { form.appendChild(field(spec)); });
        form.appendChild(el('button', { type: 'button', 'class': 'secondary', id: 'preview', text: '预览对期限的影响' }));
        form.appendChild(el('button', { type: 'submit', text: '保存' }));
        form.querySelector('#preview').addEventListener('click', preview);
        effect.textContent = '';
      };
      var body = function () { var v = values(form); v.actor = claims().sub || '经办人'; return v; };
      var preview = function () {
        api('POST', '/api/v1/requests/' + id + '/preview/' + choose.value, body()).then(function (p) {
          effect.className = 'effect';
          effect.textContent = '保存后：状态 ' + STATUS[p.before.status] + ' → ' + STATUS[p.after.status] + '；答复期限 ' +
            (p.before.dueOn || '无') + ' → ' + (p.after.dueOn || (p.after.clockPaused ? '中止' : '无')) + '。尚未保存。';
        }).catch(function (p) { effect.className = 'refusal'; effect.textContent = problemText(p); });
      };
      choose.addEventListener('change', build);
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        api('POST', '/api/v1/requests/' + id + '/' + choose.value, body()).then(function () { effect.className = 'effect'; effect.textContent = '已保存。'; refresh(); })
          .catch(function (p) { effect.className = 'refusal'; effect.textContent = problemText(p); });
      });
      build();
    } else {
      act.appendChild(el('p', { text: '只读：只有本机关的经办人员可以办理。' }));
    }
    refresh();
  }

  function route() {
    say('');
    while (main.firstChild) { main.removeChild(main.firstChild); }
    document.getElementById('who').textContent = (claims().groups || []).join('、');
    if (!token()) {
      main.appendChild(el('p', { text: '请先登录（右上角）：经办人员办理本机关的申请，监督人员查看下级机关的待办。' }));
      return;
    }
    var h = location.hash || '#todo';
    var m = /^#request\/(\d+)$/.exec(h);
    if (m) { request(m[1]); } else if (h === '#register') { register(); } else if (h === '#search') { search(); } else { todo(); }
  }

  window.addEventListener('hashchange', route);
  (window.OpendataSignIn ? window.OpendataSignIn.ready() : Promise.resolve()).then(route);
}());
