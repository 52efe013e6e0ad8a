/*
 * 政府信息公开工作数据看板.
 * Plain JavaScript, no build step. It reads only the report-service's public JSON APIs, the same ones a third-party
 * dashboard would use: the agency directory, the yearly export (every agency's own raw figures), the trend (each
 * year's figures and whether they come from records or a published baseline) and the published snapshots. Scope
 * figures are sums over agencies (every figure of the statistics contract is additive); the median processing time
 * comes from the merged working-day histogram, never from averaging medians.
 */
(function () {
  'use strict';

  var API = 'api/v1/';
  var TOKEN_KEY = 'opendata.token';
  var TREND_SPAN = 10;
  /* The national format covers reports on 2021 onwards (DOMAIN.md §5.1). */
  var NATIONAL_FROM = 2021;

  var ITEM_CHANNELS = [
    ['GAZETTE', '政府公报'], ['WEBSITE', '政府网站'], ['WEIBO', '政务微博'], ['WECHAT', '政务微信'], ['OTHER', '其他方式']];
  var REQUEST_CHANNELS = [['ONLINE', '网络申请'], ['LETTER', '信函申请'], ['IN_PERSON', '当面申请'], ['FAX', '传真申请']];
  var APPLICANTS = [
    ['NATURAL_PERSON', '自然人'], ['COMMERCIAL', '商业企业'], ['RESEARCH', '科研机构'],
    ['SOCIAL_WELFARE', '社会公益组织'], ['LEGAL_SERVICE', '法律服务机构'], ['OTHER', '其他']];
  /* The outcome codes grouped as the rows of the national table 三 (DOMAIN.md §3.1). */
  var OUTCOME_GROUPS = [
    ['予以公开', ['ALREADY_PUBLIC', 'DISCLOSED']],
    ['部分公开', ['PARTIALLY_DISCLOSED']],
    ['不予公开', ['WITHHELD_STATE_SECRET', 'WITHHELD_PROHIBITED_BY_LAW', 'WITHHELD_SECURITY_STABILITY',
      'WITHHELD_THIRD_PARTY', 'WITHHELD_INTERNAL_AFFAIRS', 'WITHHELD_PROCESS_INFO', 'WITHHELD_ENFORCEMENT_FILE']],
    ['无法提供', ['NOT_HELD', 'NOT_THIS_AGENCY', 'NEEDS_NEW_PRODUCTION', 'UNCLEAR_AFTER_CORRECTION']],
    ['不予处理', ['PETITION_OR_COMPLAINT', 'REPEATED_REQUEST', 'PUBLISHED_MATERIAL', 'EXCESSIVE_REQUESTS',
      'RECONFIRMATION']],
    ['其他处理', ['ABANDONED_NO_CORRECTION', 'ABANDONED_NO_FEE', 'OTHER']]];
  var RESULTS = [['UPHELD', '结果维持'], ['CORRECTED', '结果纠正'], ['OTHER', '其他结果'], ['PENDING', '尚未审结']];
  var COLORS = ['#c23531', '#2f4554', '#61a0a8', '#d48265', '#91c7ae', '#749f83', '#ca8622', '#bda29a'];

  var state = {year: null, agency: null, scope: 'SUBTREE'};
  var agencies = [];          // directory, depth-first with depth
  var agencyByCode = {};
  var exportsByYear = {};     // year → Promise of the export document
  var charts = {};
  var tableRows = [];
  var sort = {key: 'name', dir: 1, initial: true};
  var generation = 0;

  /* ---------------------------------------------------------------- access ---------------------------------------- */

  function token() {
    try {
      return sessionStorage.getItem(TOKEN_KEY) || '';
    } catch (e) {
      return '';
    }
  }

  function headers(accept) {
    var h = {'Accept': accept || 'application/json'};
    var t = token();
    if (t) {
      h['Authorization'] = 'Bearer ' + t;
    }
    return h;
  }

  function ApiError(status, message) {
    this.status = status;
    this.message = message;
  }

  function getJson(path) {
    return fetch(API + path, {headers: headers(), credentials: 'same-origin'}).then(function (response) {
      if (response.ok) {
        return response.json();
      }
      if (response.status === 401 || response.status === 403) {
        showSignIn(response.status);
      }
      return response.text().then(function (body) {
        var detail = body;
        try {
          var problem = JSON.parse(body);
          detail = problem.detail || problem.title || body;
        } catch (e) {
          // not problem+json: keep the text
        }
        throw new ApiError(response.status, response.status + ' ' + (detail || response.statusText));
      });
    });
  }

  function exportOf(year) {
    if (!exportsByYear[year]) {
      exportsByYear[year] = getJson('exports/' + year).catch(function (error) {
        delete exportsByYear[year];
        throw error;
      });
    }
    return exportsByYear[year];
  }

  function loadDirectory() {
    var all = [];

    function page(n) {
      return getJson('agencies?size=500&page=' + n).then(function (body) {
        all = all.concat(body.items || []);
        if ((n + 1) * body.size < body.total) {
          return page(n + 1);
        }
        return all;
      });
    }

    return page(0).then(function (list) {
      var children = {};
      var roots = [];
      list.forEach(function (a) {
        agencyByCode[a.code] = a;
      });
      list.forEach(function (a) {
        if (a.parent && agencyByCode[a.parent]) {
          (children[a.parent] = children[a.parent] || []).push(a);
        } else {
          roots.push(a);
        }
      });
      // Under each agency: its departments first, then the local governments, each group by code.
      Object.keys(children).forEach(function (code) {
        children[code].sort(function (a, b) {
          var ka = a.kind === 'DEPARTMENT' ? 0 : 1;
          var kb = b.kind === 'DEPARTMENT' ? 0 : 1;
          return ka !== kb ? ka - kb : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
        });
      });
      var ordered = [];

      function visit(a, depth) {
        a.depth = depth;
        ordered.push(a);
        (children[a.code] || []).forEach(function (c) {
          visit(c, depth + 1);
        });
      }

      roots.forEach(function (r) {
        visit(r, 0);
      });
      agencies = ordered;
      return ordered;
    });
  }

  /* ---------------------------------------------------------------- figures --------------------------------------- */

  function sumMap(target, source) {
    if (source) {
      Object.keys(source).forEach(function (k) {
        target[k] = (target[k] || 0) + (Number(source[k]) || 0);
      });
    }
    return target;
  }

  function sumNested(target, source) {
    if (source) {
      Object.keys(source).forEach(function (k) {
        target[k] = sumMap(target[k] || {}, source[k]);
      });
    }
    return target;
  }

  function total(map) {
    return Object.keys(map || {}).reduce(function (s, k) {
      return s + (Number(map[k]) || 0);
    }, 0);
  }

  function emptyFigures() {
    return {
      items: 0, channels: {}, categories: {},
      received: {byChannel: {}, byApplicant: {}}, carriedOver: {byApplicant: {}},
      concluded: {}, carriedForward: {byApplicant: {}},
      timeliness: {onTime: 0, afterExtension: 0, late: 0, workingDays: {}},
      reconsiderations: {}, lawsuits: {}, complaints: 0, agencies: 0
    };
  }

  function addAgency(f, a) {
    var d = a.disclosure || {};
    var app = a.application || {};
    var ap = a.appeals || {};
    f.items += Number(d.items) || 0;
    sumMap(f.channels, d.channels);
    sumMap(f.categories, d.categories);
    var received = app.received || {};
    sumMap(f.received.byChannel, received.byChannel);
    sumMap(f.received.byApplicant, received.byApplicant);
    sumMap(f.carriedOver.byApplicant, (app.carriedOver || {}).byApplicant);
    sumNested(f.concluded, (app.concluded || {}).byOutcome);
    sumMap(f.carriedForward.byApplicant, (app.carriedForward || {}).byApplicant);
    var t = app.timeliness || {};
    f.timeliness.onTime += Number(t.onTime) || 0;
    f.timeliness.afterExtension += Number(t.afterExtension) || 0;
    f.timeliness.late += Number(t.late) || 0;
    sumMap(f.timeliness.workingDays, t.workingDays);
    sumMap(f.reconsiderations, ap.reconsiderations);
    sumNested(f.lawsuits, ap.lawsuits);
    f.complaints += Number(ap.complaints) || 0;
    f.agencies += 1;
    return f;
  }

  function receivedTotal(f) {
    // Each request has one channel and one applicant type, so both totals count the same requests; older records
    // may lack one of the two, hence the larger.
    return Math.max(total(f.received.byChannel), total(f.received.byApplicant));
  }

  function concludedTotal(f) {
    return Object.keys(f.concluded).reduce(function (s, k) {
      return s + total(f.concluded[k]);
    }, 0);
  }

  function lawsuitTotal(f) {
    return Object.keys(f.lawsuits).reduce(function (s, k) {
      return s + total(f.lawsuits[k]);
    }, 0);
  }

  /* The median of a histogram {days: count}: the middle value of all answers, or the mean of the two middle ones. */
  function median(histogram) {
    var days = Object.keys(histogram || {}).map(Number).filter(function (d) {
      return !isNaN(d) && histogram[d] > 0;
    }).sort(function (a, b) {
      return a - b;
    });
    var n = days.reduce(function (s, d) {
      return s + Number(histogram[d]);
    }, 0);
    if (n === 0) {
      return null;
    }

    function at(position) {  // 1-based position in the sorted answers
      var seen = 0;
      for (var i = 0; i < days.length; i++) {
        seen += Number(histogram[days[i]]);
        if (seen >= position) {
          return days[i];
        }
      }
      return days[days.length - 1];
    }

    return n % 2 === 1 ? at((n + 1) / 2) : (at(n / 2) + at(n / 2 + 1)) / 2;
  }

  function hasAnyFigure(a) {
    var f = addAgency(emptyFigures(), a);
    return f.items > 0 || receivedTotal(f) > 0 || total(f.carriedOver.byApplicant) > 0 || concludedTotal(f) > 0
      || total(f.carriedForward.byApplicant) > 0 || total(f.reconsiderations) > 0 || lawsuitTotal(f) > 0
      || f.complaints > 0 || total(f.categories) > 0 || hasTallies(a);
  }

  function hasTallies(a) {
    var d = a.disclosure || {};
    var tallies = d.tallies || {};
    var acts = d.normativeActs || {};
    return Object.keys(tallies).some(function (k) {
      return Number(tallies[k]) > 0;
    }) || Object.keys(acts).some(function (k) {
      return (Number(acts[k].issued) || 0) + (Number(acts[k].repealed) || 0) + (Number(acts[k].inForce) || 0) > 0;
    });
  }

  function byCode(doc) {
    var map = {};
    ((doc && doc.agencies) || []).forEach(function (a) {
      map[a.code] = a;
    });
    return map;
  }

  /* The codes the chosen scope counts: the agency alone, or it and everything under it. */
  function scopeCodes(code, scope) {
    if (scope === 'SELF') {
      return [code];
    }
    return subtreeOf(code).map(function (a) {
      return a.code;
    });
  }

  function subtreeOf(code) {
    var start = -1;
    for (var i = 0; i < agencies.length; i++) {
      if (agencies[i].code === code) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      return [];
    }
    var list = [agencies[start]];
    for (var j = start + 1; j < agencies.length && agencies[j].depth > agencies[start].depth; j++) {
      list.push(agencies[j]);
    }
    return list;
  }

  function scopeFigures(doc, codes) {
    var map = byCode(doc);
    var f = emptyFigures();
    codes.forEach(function (c) {
      if (map[c]) {
        addAgency(f, map[c]);
      }
    });
    return f;
  }

  /* ---------------------------------------------------------------- rendering ------------------------------------- */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') {
        node.textContent = attrs[k];
      } else if (k === 'className') {
        node.className = attrs[k];
      } else {
        node.setAttribute(k, attrs[k]);
      }
    });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function fmt(n) {
    if (n === null || n === undefined || isNaN(n)) {
      return '—';
    }
    return Number(n).toLocaleString('zh-CN', {maximumFractionDigits: 1});
  }

  function setStatus(text, kind) {
    var s = document.getElementById('status');
    s.textContent = text || '';
    s.className = 'status' + (kind ? ' ' + kind : '');
  }

  function kpi(label, unit, value, previous, options) {
    var card = el('div', {className: 'kpi', 'data-kpi': options.key});
    card.appendChild(el('div', {className: 'kpi-label', text: label}));
    card.appendChild(el('div', {className: 'kpi-value'}, [fmt(value), el('small', {text: value === null ? '' : unit})]));
    var line = el('div', {className: 'kpi-previous'});
    if (previous === undefined) {
      // Only a year with records or a published baseline is a comparison; an empty year would show every figure as a
      // rise from zero.
      line.textContent = options.published ? '无上年数据（上年已公布报告未列此项）' : '无上年数据';
    } else {
      if (options.published) {
        line.className += ' published';
        line.title = '上年无记录：上年数字取自已公布的年度报告（基线），非由记录计算';
      }
      line.appendChild(document.createTextNode((options.published ? '上年（已公布） ' : '上年 ') + fmt(previous)
        + (previous === null ? '' : unit) + '  '));
      if (value !== null && previous !== null) {
        var change = value - previous;
        var ratio = previous !== 0 ? change / previous * 100 : null;
        // Beyond ±1000 % a percentage says less than the figures themselves.
        var pct = ratio !== null && Math.abs(ratio) < 1000 ? ' (' + (change > 0 ? '+' : '') + ratio.toFixed(1) + '%)' : '';
        var direction = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
        // For complaints, appeals and late answers a fall is the good news.
        var good = change === 0 ? '' : (change > 0) !== Boolean(options.lowerIsBetter) ? ' good' : ' bad';
        line.appendChild(el('span', {className: 'change ' + direction + good},
          [(change > 0 ? '▲ +' : change < 0 ? '▼ ' : '＝ ') + fmt(change) + pct]));
      }
    }
    card.appendChild(line);
    return card;
  }

  /*
   * p: last year's figures from records, or null; published: last year's baseline figures (the trend endpoint's,
   * by KPI key, null where the published tables print no such figure), used only where last year has no records.
   */
  function renderKpis(f, p, published) {
    var box = document.getElementById('kpis');
    box.innerHTML = '';
    var has = function (fig) {
      return fig ? fig : undefined;
    };
    var defs = [
      ['主动公开信息', '条', function (x) { return x.items; }, 'items'],
      ['收到申请', '件', receivedTotal, 'received'],
      ['办结申请', '件', concludedTotal, 'concluded'],
      ['结转下年度', '件', function (x) { return total(x.carriedForward.byApplicant); }, 'carriedForward', true],
      ['逾期答复', '件', function (x) { return x.timeliness.late; }, 'late', true],
      ['办理时长中位数', '个工作日', function (x) { return median(x.timeliness.workingDays); }, 'median', true],
      ['行政复议', '件', function (x) { return total(x.reconsiderations); }, 'reconsiderations', true],
      ['行政诉讼', '件', lawsuitTotal, 'lawsuits', true],
      ['举报投诉', '件', function (x) { return x.complaints; }, 'complaints', true]];
    defs.forEach(function (d) {
      var prev = has(p);
      if (prev === undefined && published) {
        var value = published[d[3]];
        box.appendChild(kpi(d[0], d[1], d[2](f), value === null || value === undefined ? undefined : Number(value),
          {key: d[3], lowerIsBetter: d[4], published: true}));
        return;
      }
      box.appendChild(kpi(d[0], d[1], d[2](f), prev === undefined ? undefined : d[2](prev),
        {key: d[3], lowerIsBetter: d[4]}));
    });
  }

  function chart(id) {
    if (!charts[id]) {
      // SVG prints sharply at any size.
      var c = echarts.init(document.getElementById(id), null, {renderer: 'svg'});
      c.on('finished', function () {
        fitViewBox(c);
      });
      charts[id] = c;
    }
    return charts[id];
  }

  /*
   * ECharts draws the SVG in screen pixels without a viewBox. With one, the print style sheet can scale a chart
   * to the printed column width even when the browser prints without telling the page first.
   */
  function fitViewBox(c) {
    var svg = c.getDom().querySelector('svg');
    if (svg && c.getWidth() > 0 && c.getHeight() > 0) {
      svg.setAttribute('viewBox', '0 0 ' + c.getWidth() + ' ' + c.getHeight());
      svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    }
  }

  var BASE = {
    animation: false,
    color: COLORS,
    textStyle: {fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif'},
    grid: {left: 8, right: 16, top: 24, bottom: 8, containLabel: true},
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}}
  };

  function options(extra) {
    var o = JSON.parse(JSON.stringify(BASE));
    Object.keys(extra).forEach(function (k) {
      o[k] = extra[k];
    });
    return o;
  }

  /*
   * A chart whose figures are all zero says so instead of drawing empty bars or equal zero slices. Every chart carries
   * its figures as text (aria-label) for screen readers and in data-values for the tests.
   */
  function emptyChart(id, labels, values, unit) {
    var box = document.getElementById(id);
    var sum = values.reduce(function (s, v) { return s + (Number(v) || 0); }, 0);
    var caption = box.parentNode.querySelector('figcaption');
    var title = caption ? caption.textContent : '';
    box.setAttribute('role', 'img');
    box.setAttribute('data-values', JSON.stringify(values));
    dataTable(id, ['项目', '数值' + (unit ? '（' + unit.trim() + '）' : '')], sum === 0 ? []
      : labels.map(function (l, i) { return [l, fmt(values[i])]; }));
    if (sum === 0) {
      box.setAttribute('data-empty', 'true');
      box.setAttribute('aria-label', title + '：本年度无数据');
      chart(id).setOption({
        title: {text: '本年度无数据', left: 'center', top: 'middle',
          textStyle: {color: '#56616d', fontSize: 15, fontWeight: 'normal'}},
        series: [], xAxis: [], yAxis: []
      }, true);
      return true;
    }
    box.removeAttribute('data-empty');
    box.setAttribute('aria-label', title + '：' + labels.map(function (l, i) {
      return l + ' ' + fmt(values[i]) + (unit || '');
    }).join('，'));
    return false;
  }

  /*
   * The chart's figures as a table under it (WCAG 1.1.1: a screen reader or a printed page gets the same numbers as
   * the drawing). Folded on screen, unfolded for printing (openTablesForPrint). Rows: [label, value, …]; the first
   * cell of a row is its header. No rows: the table says that the year has no data.
   */
  function dataTable(id, headers, rows) {
    var box = document.getElementById(id);
    var figure = box.parentNode;
    var old = figure.querySelector('details.chart-data');
    var caption = figure.querySelector('figcaption');
    var details = el('details', {className: 'chart-data', 'data-for': id});
    if (old) {
      details.open = old.open;
      figure.removeChild(old);
    } else {
      details.open = printing;
    }
    details.appendChild(el('summary', {text: '数据表'}));
    var table = el('table', {id: id + '-table'});
    table.appendChild(el('caption', {className: 'visually-hidden', text: caption ? caption.textContent : ''}));
    table.appendChild(el('thead', {}, [el('tr', {}, headers.map(function (h) {
      return el('th', {scope: 'col', text: h});
    }))]));
    var body = el('tbody');
    if (!rows.length) {
      body.appendChild(el('tr', {}, [el('td', {colspan: String(headers.length), text: '本年度无数据'})]));
    }
    rows.forEach(function (r) {
      body.appendChild(el('tr', {}, r.map(function (cell, i) {
        return i === 0 ? el('th', {scope: 'row', text: cell}) : el('td', {text: cell});
      })));
    });
    table.appendChild(body);
    details.appendChild(table);
    figure.appendChild(details);
  }

  /* A printed page shows every chart's table: opened before printing, folded again after. */
  var printing = false;

  function openTablesForPrint(on) {
    printing = on;
    document.querySelectorAll('details.chart-data').forEach(function (d) {
      if (on) {
        d.setAttribute('data-was-open', d.open ? 'true' : 'false');
        d.open = true;
      } else if (d.hasAttribute('data-was-open')) {
        d.open = d.getAttribute('data-was-open') === 'true';
        d.removeAttribute('data-was-open');
      }
    });
  }

  function barChart(id, pairs, values, name) {
    if (emptyChart(id, pairs.map(function (p) { return p[1]; }), values, '')) {
      return;
    }
    chart(id).setOption(options({
      xAxis: {type: 'category', data: pairs.map(function (p) { return p[1]; }), axisLabel: {interval: 0}},
      yAxis: {type: 'value'},
      series: [{
        name: name, type: 'bar', data: values, barMaxWidth: 42,
        label: {show: true, position: 'top', formatter: function (v) { return fmt(v.value); }}
      }]
    }), true);
  }

  function renderCharts(f) {
    barChart('chart-channels', ITEM_CHANNELS, ITEM_CHANNELS.map(function (c) {
      return f.channels[c[0]] || 0;
    }), '条数');
    barChart('chart-request-channels', REQUEST_CHANNELS, REQUEST_CHANNELS.map(function (c) {
      return f.received.byChannel[c[0]] || 0;
    }), '件数');

    var applicants = APPLICANTS.map(function (a) {
      return {name: a[1], value: f.received.byApplicant[a[0]] || 0};
    });
    if (!emptyChart('chart-applicants', APPLICANTS.map(function (a) { return a[1]; }),
      applicants.map(function (a) { return a.value; }), ' 件')) {
      chart('chart-applicants').setOption(options({
      tooltip: {trigger: 'item', formatter: '{b}：{c} 件（{d}%）'},
      legend: {type: 'scroll', orient: 'vertical', right: 0, top: 'middle'},
      series: [{
        name: '申请人', type: 'pie', radius: ['35%', '68%'], center: ['38%', '52%'], data: applicants,
        // Small slices keep their labels: a one-request slice is still a figure of the report.
        label: {formatter: '{c}'}, minShowLabelAngle: 0, labelLine: {show: true}
      }]
      }), true);
    }

    var known = {};
    var outcomeValues = OUTCOME_GROUPS.map(function (g) {
      return g[1].reduce(function (s, code) {
        known[code] = true;
        return s + total(f.concluded[code]);
      }, 0);
    });
    // An outcome code the dashboard does not know still counts, under 其他处理.
    Object.keys(f.concluded).forEach(function (code) {
      if (!known[code]) {
        outcomeValues[outcomeValues.length - 1] += total(f.concluded[code]);
      }
    });
    if (!emptyChart('chart-outcomes', OUTCOME_GROUPS.map(function (g) { return g[0]; }), outcomeValues, ' 件')) {
      chart('chart-outcomes').setOption(options({
        grid: {left: 8, right: 40, top: 8, bottom: 8, containLabel: true},
        yAxis: {type: 'category', inverse: true, data: OUTCOME_GROUPS.map(function (g) { return g[0]; })},
        xAxis: {type: 'value'},
        series: [{name: '件数', type: 'bar', data: outcomeValues, barMaxWidth: 22, label: {show: true, position: 'right'}}]
      }), true);
    }

    renderProcessing(f);

    var series = [
      ['行政复议', function (r) { return f.reconsiderations[r] || 0; }],
      ['诉讼（直接起诉）', function (r) { return (f.lawsuits.DIRECT || {})[r] || 0; }],
      ['诉讼（复议后起诉）', function (r) { return (f.lawsuits.AFTER_RECONSIDERATION || {})[r] || 0; }]];
    var appealValues = [];
    var appealLabels = [];
    series.forEach(function (s) {
      RESULTS.forEach(function (r) {
        appealLabels.push(s[0] + r[1]);
        appealValues.push(s[1](r[0]));
      });
    });
    if (emptyChart('chart-appeals', appealLabels, appealValues, ' 件')) {
      return;
    }
    chart('chart-appeals').setOption(options({
      legend: {top: 0},
      grid: {left: 8, right: 16, top: 32, bottom: 8, containLabel: true},
      xAxis: {type: 'category', data: RESULTS.map(function (r) { return r[1]; })},
      yAxis: {type: 'value'},
      series: series.map(function (s) {
        return {
          name: s[0], type: 'bar', barMaxWidth: 26, label: {show: true, position: 'top'},
          data: RESULTS.map(function (r) { return s[1](r[0]); })
        };
      })
    }), true);
  }

  function renderProcessing(f) {
    var h = f.timeliness.workingDays;
    var days = Object.keys(h).map(Number).filter(function (d) { return !isNaN(d); });
    var max = days.length ? Math.max.apply(null, days) : 0;
    var categories = [];
    var values = [];
    for (var d = 0; d <= max; d++) {
      categories.push(String(d));
      values.push(Number(h[d]) || 0);
    }
    var m = median(h);
    var note = document.getElementById('median-note');
    note.textContent = m === null ? '' : ' · 中位数 ' + fmt(m) + ' 个工作日';
    if (emptyChart('chart-processing', categories.map(function (c) { return c + ' 个工作日'; }), values, ' 件')) {
      document.getElementById('chart-processing').setAttribute('data-median', '');
      return;
    }
    var series = {name: '件数', type: 'bar', data: values, barCategoryGap: '15%'};
    if (m !== null) {
      series.markLine = {
        symbol: 'none', silent: true, lineStyle: {color: '#c23531', type: 'dashed'},
        label: {formatter: '中位数 ' + fmt(m)},
        data: [{xAxis: String(Math.floor(m))}]
      };
    }
    chart('chart-processing').setOption(options({
      xAxis: {type: 'category', data: categories, name: '工作日', nameLocation: 'middle', nameGap: 24},
      yAxis: {type: 'value'},
      grid: {left: 8, right: 16, top: 24, bottom: 24, containLabel: true},
      series: [series]
    }), true);
    var box = document.getElementById('chart-processing');
    box.setAttribute('data-median', m === null ? '' : String(m));
  }

  var PUBLISHED_NOTE = '已公布数字（基线）';

  /*
   * entries[i] is the trend endpoint's year: source RECORDS (computed from records), BASELINE (no records: the
   * figures of the published report entered as the year's baseline, null where that report prints no such figure) or
   * NONE (neither). A NONE year breaks the lines and draws no bar, instead of a zero; a BASELINE year's points are
   * hollow dashed diamonds, and the axis, the legend, the tooltip, the note, the text alternative and the table say so.
   */
  function renderTrend(entries) {
    var years = entries.map(function (e) { return e.year; });
    var published = function (e) { return e.source === 'BASELINE'; };
    var value = function (e, key) {
      var v = e.figures ? e.figures[key] : null;
      if (v === null || v === undefined) {
        return null;
      }
      if (!published(e)) {
        return Number(v);
      }
      // a published figure: marked point by point, as ECharts styles single data items
      return {value: Number(v), symbol: 'diamond', symbolSize: 11,
        itemStyle: {color: '#fff', borderColor: '#c23531', borderWidth: 2, borderType: 'dashed', opacity: 1}};
    };
    var pick = function (key) {
      return entries.map(function (e) { return value(e, key); });
    };
    var gaps = years.filter(function (y, i) { return entries[i].source === 'NONE'; });
    var baselines = years.filter(function (y, i) { return published(entries[i]); });
    var box = document.getElementById('chart-trend');
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', '历年趋势：' + entries.map(function (e) {
      if (e.source === 'NONE') {
        return e.year + '年 无数据';
      }
      var f = e.figures;
      return e.year + '年 ' + (published(e) ? '（' + PUBLISHED_NOTE + '）' : '') + '主动公开 '
        + (f.items === null || f.items === undefined ? '未公布' : fmt(f.items) + ' 条') + '，收到申请 ' + fmt(f.received) + ' 件';
    }).join('；'));
    var note = document.getElementById('trend-note');
    note.textContent = baselines.length ? '◇ ' + PUBLISHED_NOTE + '：' + baselines.join('、')
      + '年无记录，数字取自已公布的年度报告，非由记录计算；已公布报告未列的数字（如主动公开信息条数）不画出。' : '';
    note.hidden = !baselines.length;
    var line = function (name, key) {
      return {name: name, type: 'line', yAxisIndex: 1, data: pick(key), connectNulls: false};
    };
    chart('chart-trend').setOption(options({
      legend: {top: 0},
      tooltip: {
        trigger: 'axis',
        formatter: function (params) {
          var i = params.length ? params[0].dataIndex : -1;
          var e = entries[i];
          var head = e ? e.year + '年' + (published(e) ? '（' + PUBLISHED_NOTE + '，非由记录计算）' : e.source === 'NONE' ? '（无数据）' : '') : '';
          return [head].concat(params.filter(function (p) {
            return p.value !== null && p.value !== undefined && p.seriesName !== PUBLISHED_NOTE;
          }).map(function (p) {
            return p.marker + p.seriesName + ' ' + fmt(p.value);
          })).join('<br>');
        }
      },
      grid: {left: 8, right: 8, top: 32, bottom: 8, containLabel: true},
      xAxis: {type: 'category', data: entries.map(function (e) {
        return e.source === 'NONE' ? e.year + '\n无数据' : published(e) ? e.year + '\n已公布' : String(e.year);
      })},
      yAxis: [{type: 'value', name: '条'}, {type: 'value', name: '件'}],
      series: [
        {name: '主动公开信息', type: 'bar', yAxisIndex: 0, data: pick('items'), barMaxWidth: 36},
        line('收到申请', 'received'),
        line('行政复议', 'reconsiderations'),
        line('行政诉讼', 'lawsuits'),
        line('举报投诉', 'complaints'),
        // the legend's key to the marked points; it draws nothing of its own
        {name: PUBLISHED_NOTE, type: 'line', yAxisIndex: 1, data: [], symbol: 'diamond', symbolSize: 11,
          itemStyle: {color: '#fff', borderColor: '#c23531', borderWidth: 2, borderType: 'dashed'},
          lineStyle: {type: 'dashed', color: '#c23531'}}]
    }), true);
    box.setAttribute('data-years', JSON.stringify(years));
    box.setAttribute('data-gaps', JSON.stringify(gaps));
    box.setAttribute('data-published', JSON.stringify(baselines));
    var cell = function (e, key) {
      var v = e.figures[key];
      return v === null || v === undefined ? '未公布' : fmt(v);
    };
    dataTable('chart-trend', ['年度', '主动公开信息（条）', '收到申请（件）', '行政复议（件）', '行政诉讼（件）', '举报投诉（件）', '来源'],
      entries.map(function (e) {
        if (e.source === 'NONE') {
          return [String(e.year), '无数据', '无数据', '无数据', '无数据', '无数据', '无数据'];
        }
        return [String(e.year), cell(e, 'items'), cell(e, 'received'), cell(e, 'reconsiderations'), cell(e, 'lawsuits'),
          cell(e, 'complaints'), published(e) ? PUBLISHED_NOTE : '由记录计算'];
      }));
  }

  function renderTable(doc, root) {
    var map = byCode(doc);
    var rootDepth = agencyByCode[root] ? agencyByCode[root].depth : 0;
    tableRows = subtreeOf(root).map(function (a, index) {
      var own = map[a.code];
      var f = own ? addAgency(emptyFigures(), own) : emptyFigures();
      return {
        code: a.code, name: a.name, depth: a.depth - rootDepth, order: index,
        items: f.items, received: receivedTotal(f), open: total(f.carriedForward.byApplicant),
        late: f.timeliness.late, cases: total(f.reconsiderations) + lawsuitTotal(f),
        entered: own && hasAnyFigure(own) ? 1 : 0
      };
    });
    var missing = tableRows.filter(function (r) { return !r.entered; }).length;
    document.getElementById('agency-count').textContent =
      '共 ' + tableRows.length + ' 个机关，' + missing + ' 个本年尚无数据';
    drawTable();
  }

  function drawTable() {
    var onlyMissing = document.getElementById('only-missing').checked;
    var rows = tableRows.filter(function (r) {
      return !onlyMissing || !r.entered;
    });
    rows.sort(function (a, b) {
      if (sort.initial) {
        return a.order - b.order;  // the tree's own order until a header is clicked
      }
      var x = a[sort.key];
      var y = b[sort.key];
      var c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return c !== 0 ? c * sort.dir : a.order - b.order;
    });
    var body = document.querySelector('#agency-table tbody');
    body.innerHTML = '';
    rows.forEach(function (r) {
      var name = el('td', {className: 'name'});
      name.style.paddingLeft = (0.5 + (sort.initial ? Math.min(r.depth, 4) * 1.1 : 0)) + 'em';
      name.appendChild(el('a', {href: '#', 'data-code': r.code, title: r.code, text: r.name}));
      body.appendChild(el('tr', {'data-code': r.code, className: r.entered ? '' : 'missing'}, [
        name,
        el('td', {text: fmt(r.items)}), el('td', {text: fmt(r.received)}), el('td', {text: fmt(r.open)}),
        el('td', {text: fmt(r.late), className: r.late > 0 ? 'warn' : ''}), el('td', {text: fmt(r.cases)}),
        el('td', {className: 'entered', text: r.entered ? '是' : '否'})]));
    });
    document.querySelectorAll('#agency-table th').forEach(function (th) {
      var active = !sort.initial && th.getAttribute('data-key') === sort.key;
      th.setAttribute('aria-sort', active ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
  }

  function formatFor(year) {
    // the format in force in the year, as the report-service's default (ReportFormat.of)
    return year >= NATIONAL_FROM ? 'NATIONAL_2021' : year >= 2019 ? 'NATIONAL_2019' : 'LEGACY_2008';
  }

  function renderReportLinks() {
    var box = document.getElementById('report-links');
    box.innerHTML = '';
    var format = formatFor(state.year);
    var query = '?format=' + format + '&scope=' + state.scope;
    var base = API + 'reports/' + encodeURIComponent(state.agency) + '/' + state.year;
    var agency = agencyByCode[state.agency];
    var title = (agency ? agency.name : state.agency) + state.year + '年政府信息公开工作年度报告';
    // Real links: the server names each file after the report (Content-Disposition), and `download` says the same.
    [['html', '网页（可打印）'], ['pdf', 'PDF'], ['docx', 'Word 文档'], ['xlsx', 'Excel 表格'], ['md', 'Markdown']]
      .forEach(function (t) {
        var attrs = {className: 'doc-link', href: base + '.' + t[0] + query, 'data-type': t[0]};
        if (t[0] === 'html' || t[0] === 'pdf') {
          attrs.target = '_blank';
          attrs.rel = 'noopener';
        } else {
          attrs.download = title + '.' + t[0];
        }
        box.appendChild(el('a', attrs, [t[1] + '（.' + t[0] + '）']));
      });
    box.appendChild(el('a', {className: 'doc-link', href: API + 'exports/' + state.year + '.csv', 'data-type': 'csv',
      download: '政府信息公开数据导出' + state.year + '.csv'}, ['全部机关数据（.csv）']));
    box.appendChild(el('span', {
      className: 'muted',
      text: ({NATIONAL_2021: '国办公开办函〔2021〕30号格式', NATIONAL_2019: '国办公开办函〔2019〕60号试行格式'}[format]
        || '2008年条例格式') + '，'
        + (state.scope === 'SELF' ? '仅本机关' : '含下级机关')
    }));
  }

  function renderPublished(page) {
    var box = document.getElementById('published');
    box.innerHTML = '';
    var items = (page && page.items) || [];
    if (items.length === 0) {
      box.appendChild(el('span', {className: 'muted', text: '本年度尚未发布报告。'}));
      return;
    }
    var list = el('ul', {className: 'snapshots'});
    items.forEach(function (s) {
      var li = el('li', {}, [el('strong', {text: s.title || (s.agencyName + ' ' + s.year)}),
        ' 第 ' + s.revision + ' 版 · ' + (s.scope === 'SELF' ? '仅本机关' : '含下级') + ' · '
        + (s.publishedAt ? new Date(s.publishedAt).toLocaleString('zh-CN', {timeZone: 'Asia/Shanghai'}) : '') + ' ']);
      (s.documents || []).forEach(function (d) {
        var href = d.href && d.href.charAt(0) === '/' ? d.href.substring(1) : d.href;
        li.appendChild(el('a', {className: 'doc-link', href: href, target: '_blank', rel: 'noopener',
          'data-type': String(d.type).toLowerCase(), title: 'SHA-256 ' + d.sha256}, [String(d.type)]));
      });
      list.appendChild(li);
    });
    box.appendChild(list);
  }

  /* ---------------------------------------------------------------- flow ------------------------------------------ */

  function shanghaiYear() {
    return Number(new Intl.DateTimeFormat('en', {year: 'numeric', timeZone: 'Asia/Shanghai'}).format(new Date()));
  }

  function trendYears() {
    var last = shanghaiYear();
    var years = [];
    for (var y = last - TREND_SPAN + 1; y <= last; y++) {
      years.push(y);
    }
    return years;
  }

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    return {year: Number(params.get('year')) || null, agency: params.get('agency'), scope: params.get('scope')};
  }

  function writeHash() {
    var hash = '#year=' + state.year + '&agency=' + encodeURIComponent(state.agency) + '&scope=' + state.scope;
    if (location.hash !== hash) {
      history.replaceState(null, '', hash);
    }
  }

  function fillControls() {
    var yearSelect = document.getElementById('year');
    yearSelect.innerHTML = '';
    trendYears().slice().reverse().forEach(function (y) {
      yearSelect.appendChild(el('option', {value: String(y), text: y + ' 年'}));
    });
    var options = document.getElementById('agency-options');
    options.innerHTML = '';
    agencies.forEach(function (a) {
      options.appendChild(el('option', {value: a.name + '（' + a.code + '）'}));
    });
    var agencySelect = document.getElementById('agency');
    agencySelect.innerHTML = '';
    agencies.forEach(function (a) {
      var indent = new Array(Math.min(a.depth, 4) + 1).join('\u3000');
      agencySelect.appendChild(el('option', {value: a.code, text: indent + a.name}));
    });
  }

  function syncControls() {
    var yearSelect = document.getElementById('year');
    if (!Array.prototype.some.call(yearSelect.options, function (o) { return o.value === String(state.year); })) {
      yearSelect.appendChild(el('option', {value: String(state.year), text: state.year + ' 年'}));
    }
    yearSelect.value = String(state.year);
    document.getElementById('agency').value = state.agency;
    document.querySelectorAll('input[name=scope]').forEach(function (r) {
      r.checked = r.value === state.scope;
    });
  }

  function load() {
    var mine = ++generation;
    var year = state.year;
    var codes = scopeCodes(state.agency, state.scope);
    var agency = agencyByCode[state.agency];
    writeHash();
    syncControls();
    document.body.removeAttribute('data-rendered');
    document.getElementById('subtitle').textContent = (agency ? agency.name : state.agency) + ' · ' + year + ' 年度 · '
      + (state.scope === 'SELF' ? '仅本机关' : '含下级机关（' + codes.length + ' 个）');
    setStatus('正在读取 ' + year + ' 年数据…', 'busy');
    renderReportLinks();

    var published = getJson('published?agency=' + encodeURIComponent(state.agency) + '&year=' + year + '&size=20')
      .catch(function () {
        return null;
      });
    var previous = exportOf(year - 1).catch(function () {
      return null;
    });
    // last year's source: its published baseline stands in for the comparisons where it has no records
    var previousTrend = trendOf(year - 1, year - 1).catch(function () {
      return [];
    });
    return Promise.all([exportOf(year), previous, published, previousTrend]).then(function (got) {
      if (mine !== generation) {
        return;
      }
      var current = scopeFigures(got[0], codes);
      var before = got[1] ? scopeFigures(got[1], codes) : null;
      var beforeHasData = before && (before.items > 0 || receivedTotal(before) > 0 || concludedTotal(before) > 0
        || total(before.reconsiderations) > 0 || lawsuitTotal(before) > 0 || before.complaints > 0);
      var lastYear = got[3][0];
      var baseline = !beforeHasData && lastYear && lastYear.source === 'BASELINE' ? lastYear.figures : null;
      renderKpis(current, beforeHasData ? before : null, baseline);
      renderCharts(current);
      renderTable(got[0], state.agency);
      renderPublished(got[2]);
      setStatus('');
      document.body.setAttribute('data-rendered', year + '|' + state.agency + '|' + state.scope);
      return loadTrend(mine);
    }, function (error) {
      if (mine !== generation) {
        return;
      }
      setStatus('无法读取 ' + year + ' 年数据：' + (error && error.message ? error.message : error), 'error');
      document.body.setAttribute('data-rendered', 'error');
    });
  }

  /* The trend endpoint: per year the figures and their source (records, a published baseline, or none). */
  function trendOf(from, to) {
    return getJson('trends/' + encodeURIComponent(state.agency) + '?scope=' + state.scope + '&from=' + from + '&to=' + to)
      .then(function (trend) {
        return trend.years || [];
      });
  }

  function loadTrend(mine) {
    var years = trendYears();
    var first = years[0];
    var last = years[years.length - 1];
    document.body.removeAttribute('data-trend');
    var calls = [trendOf(first, last)];
    // a year chosen outside the window is drawn too, after a break in the axis
    if (state.year < first || state.year > last) {
      calls.push(trendOf(state.year, state.year));
    }
    return Promise.all(calls).then(function (got) {
      if (mine !== generation) {
        return;
      }
      var entries = got.reduce(function (all, part) {
        return all.concat(part);
      }, []).sort(function (a, b) {
        return a.year - b.year;
      });
      // From the first year with figures on: the years before the platform was used are not gaps.
      var start = entries.findIndex(function (e) { return e.source !== 'NONE'; });
      if (start < 0) {
        start = entries.length - 1;
      }
      renderTrend(entries.slice(start));
      document.body.setAttribute('data-trend', entries.filter(function (e) {
        return e.source !== 'NONE';
      }).map(function (e) {
        return e.year;
      }).join(','));
    }, function (error) {
      if (mine !== generation) {
        return;
      }
      setStatus('无法读取历年趋势：' + (error && error.message ? error.message : error), 'error');
      document.body.setAttribute('data-trend', 'error');
    });
  }

  /* ---------------------------------------------------------------- sign-in --------------------------------------- */

  /* Sign-in is opendata-signin.js's (platform): it signs in through the identity provider, no token is typed here. */
  function showSignIn(status) {
    if (window.OpendataSignIn) {
      window.OpendataSignIn.required(status);
    }
  }

  /* With a token, a plain link would be sent without it; fetch the document with the header instead. */
  function openWithToken(event) {
    var link = event.target.closest('a.doc-link');
    // Published snapshots are public: their links stay plain links, downloaded under the server's file name.
    if (!link || !token() || link.closest('#published')) {
      return;
    }
    event.preventDefault();
    var type = link.getAttribute('data-type');
    var win = type === 'html' ? window.open('', '_blank') : null;
    fetch(link.getAttribute('href'), {headers: headers('*/*')}).then(function (response) {
      if (response.status === 401 || response.status === 403) {
        if (win) {
          win.close();
        }
        showSignIn(response.status);
        return null;
      }
      if (!response.ok) {
        throw new Error(response.status + ' ' + response.statusText);
      }
      var disposition = response.headers.get('Content-Disposition') || '';
      var name = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
      var plain = /filename="?([^";]+)"?/i.exec(disposition);
      return response.blob().then(function (blob) {
        var url = URL.createObjectURL(blob);
        if (win) {
          win.location = url;
        } else {
          var a = el('a', {href: url, download: name ? decodeURIComponent(name[1]) : plain ? plain[1] : 'report.' + type});
          document.body.appendChild(a);
          a.click();
          a.remove();
        }
        setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      });
    }).catch(function (e) {
      if (win) {
        win.close();
      }
      setStatus('无法下载文档：' + e.message, 'error');
    });
  }

  /* ---------------------------------------------------------------- wiring ---------------------------------------- */

  function resizeCharts() {
    // While printing the browser does not repaint: a chart resized now would stay half drawn. The print style
    // sheet scales the screen drawing through its viewBox instead.
    if (window.matchMedia && window.matchMedia('print').matches) {
      return;
    }
    Object.keys(charts).forEach(function (k) {
      charts[k].resize();
      fitViewBox(charts[k]);
    });
  }

  function wire() {
    document.getElementById('year').addEventListener('change', function (e) {
      state.year = Number(e.target.value);
      load();
    });
    document.getElementById('agency').addEventListener('change', function (e) {
      state.agency = e.target.value;
      load();
    });
    document.getElementById('agency-search').addEventListener('change', function (e) {
      var found = findAgency(e.target.value);
      if (found) {
        e.target.value = '';
        state.agency = found.code;
        load();
      } else if (e.target.value.trim()) {
        setStatus('没有找到机关“' + e.target.value.trim() + '”。', 'error');
      }
    });
    document.querySelectorAll('input[name=scope]').forEach(function (r) {
      r.addEventListener('change', function (e) {
        state.scope = e.target.value;
        load();
      });
    });
    document.getElementById('refresh').addEventListener('click', function () {
      exportsByYear = {};
      load();
    });
    document.getElementById('print').addEventListener('click', function () {
      window.print();
    });
    document.getElementById('controls').addEventListener('submit', function (e) {
      e.preventDefault();
    });
    document.getElementById('only-missing').addEventListener('change', drawTable);
    document.querySelectorAll('#agency-table th button').forEach(function (b) {
      b.addEventListener('click', function () {
        var key = b.parentNode.getAttribute('data-key');
        if (!sort.initial && sort.key === key) {
          sort.dir = -sort.dir;
        } else {
          sort = {key: key, dir: b.parentNode.getAttribute('data-type') === 'number' ? -1 : 1, initial: false};
        }
        drawTable();
      });
    });
    document.querySelector('#agency-table tbody').addEventListener('click', function (e) {
      var a = e.target.closest('a[data-code]');
      if (a) {
        e.preventDefault();
        state.agency = a.getAttribute('data-code');
        load();
        window.scrollTo(0, 0);
      }
    });
    document.getElementById('main').addEventListener('click', openWithToken);
    window.addEventListener('resize', resizeCharts);
    window.addEventListener('afterprint', resizeCharts);
    window.addEventListener('beforeprint', function () { openTablesForPrint(true); });
    window.addEventListener('afterprint', function () { openTablesForPrint(false); });
    if (window.matchMedia) {
      // also when only the media changes (a print preview, a headless PDF): no beforeprint comes then
      var printMedia = window.matchMedia('print');
      var onPrint = function (e) { openTablesForPrint(e.matches); };
      if (printMedia.addEventListener) {
        printMedia.addEventListener('change', onPrint);
      } else if (printMedia.addListener) {
        printMedia.addListener(onPrint);
      }
    }
    window.addEventListener('hashchange', function () {
      var wanted = readHash();
      var changed = false;
      if (wanted.year && wanted.year !== state.year) {
        state.year = wanted.year;
        changed = true;
      }
      if (wanted.agency && agencyByCode[wanted.agency] && wanted.agency !== state.agency) {
        state.agency = wanted.agency;
        changed = true;
      }
      if ((wanted.scope === 'SELF' || wanted.scope === 'SUBTREE') && wanted.scope !== state.scope) {
        state.scope = wanted.scope;
        changed = true;
      }
      if (changed) {
        load();
      }
    });
  }

  /* An agency by what the search box holds: an option's "名称（代码）", a code, or the first name containing the text. */
  function findAgency(text) {
    var wanted = (text || '').trim();
    if (!wanted) {
      return null;
    }
    var code = /（([a-z0-9-]+)）$/.exec(wanted);
    if (code && agencyByCode[code[1]]) {
      return agencyByCode[code[1]];
    }
    if (agencyByCode[wanted]) {
      return agencyByCode[wanted];
    }
    for (var i = 0; i < agencies.length; i++) {
      if (agencies[i].name.indexOf(wanted) >= 0) {
        return agencies[i];
      }
    }
    return null;
  }

  /* The signed-in user's own agency: the token's `agency` claim (read, not verified: the server verifies every call). */
  function tokenAgency() {
    var parts = token().split('.');
    if (parts.length !== 3) {
      return null;
    }
    try {
      var json = atob(parts[1].replace(/-/g, '+').replace(/_/g, '/'));
      var bytes = new Uint8Array(json.length);
      for (var i = 0; i < json.length; i++) {
        bytes[i] = json.charCodeAt(i);
      }
      var claims = JSON.parse(new TextDecoder().decode(bytes));
      return typeof claims.agency === 'string' ? claims.agency : null;
    } catch (e) {
      return null;
    }
  }

  /* Without a sign-in: the root with the largest subtree (the city), not whichever code sorts first. */
  function largestRoot() {
    var best = agencies[0];
    var bestSize = 0;
    agencies.forEach(function (a) {
      if (a.depth === 0) {
        var size = subtreeOf(a.code).length;
        if (size > bestSize) {
          best = a;
          bestSize = size;
        }
      }
    });
    return best.code;
  }

  function start() {
    setStatus('正在读取机关名录…', 'busy');
    return loadDirectory().then(function () {
      if (agencies.length === 0) {
        setStatus('机关名录为空：请先导入机关。', 'error');
        document.body.setAttribute('data-rendered', 'error');
        return;
      }
      fillControls();
      var wanted = readHash();
      state.year = wanted.year || shanghaiYear() - 1;
      var own = tokenAgency();
      state.agency = wanted.agency && agencyByCode[wanted.agency] ? wanted.agency
        : own && agencyByCode[own] ? own : largestRoot();
      state.scope = wanted.scope === 'SELF' ? 'SELF' : 'SUBTREE';
      return load();
    }, function (error) {
      setStatus('无法读取机关名录：' + error.message, 'error');
      document.body.setAttribute('data-rendered', 'error');
    });
  }

  wire();
  if (window.OpendataSignIn) {
    window.OpendataSignIn.ready().then(start);
  } else {
    start();
  }
}());
