// The dashboards' charts, drawn with Apache ECharts (served from its webjar: no request leaves the site) from the
// table that follows each chart. The tables are the content: without JavaScript they are all there is, and since
// every chart reads its numbers from its own table the two never disagree.
//
// A chart is a container <div class="chart" hidden data-chart="KIND" data-table="TABLE-ID" role="img"
// aria-label="…"> (shown only once drawn). The table gives the chart its data:
//   thead th[data-series]   one series each, named by the attribute, in column order
//   tbody tr > th           one category each, named by its data-label (else its text)
//   tbody tr > td[data-value]  the row's value for each series, in the same order ("-" = none)
// The timeline reads tbody rows with data-start / data-end (fiscal months, 0 = April … 11 = March) instead.
// The chart's own words come from the container in the page's language: data-series-name (a chart of one series),
// data-count-unit (after a count, 件 or " goals"); Japanese when absent.
(function () {
  'use strict';

  var COLORS = ['#1d3a5f', '#a4231b', '#19643a', '#b36200', '#5b2d8c', '#0a7f8c'];

  // the statuses in the order of the status table: 完了, 順調, 未着手, 遅れ気味, 遅延, 中止, 未報告
  var STATUS_COLORS = ['#19643a', '#5e9e6e', '#9e9e9e', '#d9a400', '#a4231b', '#5a5a5a', '#d5d8dc'];

  function label(cell) {
    return (cell.getAttribute('data-label') || cell.textContent).replace(/\s+/g, ' ').trim();
  }

  function value(cell) {
    var raw = cell ? cell.getAttribute('data-value') : null;
    return raw === null || raw === '-' || raw === '' ? null : Number(raw);
  }

  function rows(table) {
    return Array.prototype.slice.call(table.tBodies[0].rows);
  }

  function read(table) {
    var series = Array.prototype.map.call(table.querySelectorAll('thead th[data-series]'), function (th) {
      return th.getAttribute('data-series');
    });
    var values = series.map(function () { return []; });
    var categories = rows(table).map(function (tr) {
      var cells = tr.querySelectorAll('td[data-value]');
      series.forEach(function (name, i) { values[i].push(value(cells[i])); });
      return label(tr.querySelector('th'));
    });
    return { categories: categories, series: series, values: values };
  }

  // a tooltip given by a formatter is HTML: names from the sheets are escaped (ECharts' own tooltips escape theirs)
  function html(text) {
    return window.echarts.format.encodeHTML(String(text));
  }

  function height(el, px) {
    el.style.height = Math.round(px) + 'px';
  }

  var grid = { left: 8, right: 24, top: 40, bottom: 8, containLabel: true };

  var categoryLabels = { width: 240, overflow: 'truncate', interval: 0 };

  // grouped horizontal bars; data-unit labels the values, data-mark draws a line at that value (e.g. 100%)
  function bars(el, table) {
    var d = read(table);
    var unit = el.getAttribute('data-unit') || '';
    var mark = el.getAttribute('data-mark');
    height(el, Math.max(200, d.categories.length * (d.series.length * 9 + 16) + 80));
    return {
      color: COLORS,
      legend: { top: 0 },
      grid: grid,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: function (v) { return v === null || v === undefined ? '—' : v + unit; } },
      xAxis: {
        type: 'value', minInterval: unit ? 0 : 1, axisLabel: { formatter: '{value}' + unit },
        // the mark (100%) stays in sight even while every value is below it
        max: mark === null ? null : function (extent) { return Math.max(extent.max, Number(mark)); }
      },
      yAxis: { type: 'category', data: d.categories, inverse: true, axisLabel: categoryLabels },
      series: d.series.map(function (name, i) {
        var s = { type: 'bar', name: name, data: d.values[i] };
        if (mark !== null && i === 0) {
          s.markLine = { silent: true, symbol: 'none', data: [{ xAxis: Number(mark) }], label: { formatter: mark + unit } };
        }
        return s;
      })
    };
  }

  // stacked horizontal bars, one colour per status
  function stack(el, table) {
    var d = read(table);
    height(el, Math.max(160, d.categories.length * 36 + 90));
    return {
      color: STATUS_COLORS,
      legend: { top: 0 },
      grid: grid,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: d.categories, inverse: true, axisLabel: categoryLabels },
      series: d.series.map(function (name, i) {
        return { type: 'bar', name: name, stack: 'all', data: d.values[i], label: { show: true, formatter: function (p) { return p.value ? p.value : ''; } } };
      })
    };
  }

  // one line per series over the categories (years)
  function lines(el, table) {
    var d = read(table);
    height(el, 360);
    return {
      color: COLORS,
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: d.categories },
      yAxis: { type: 'value', minInterval: 1 },
      series: d.series.map(function (name, i) {
        return { type: 'line', name: name, data: d.values[i], symbolSize: 8 };
      })
    };
  }

  // rows × columns (the series), each cell's value as the depth of its colour
  function heatmap(el, table) {
    var d = read(table);
    var unit = el.hasAttribute('data-count-unit') ? el.getAttribute('data-count-unit') : '件';
    var data = [];
    var max = 0;
    d.values.forEach(function (column, x) {
      column.forEach(function (v, y) {
        data.push([x, y, v === null ? 0 : v]);
        max = Math.max(max, v || 0);
      });
    });
    height(el, d.categories.length * 24 + 200);
    return {
      grid: { left: 8, right: 24, top: 8, bottom: 56, containLabel: true },
      tooltip: {
        formatter: function (p) {
          return html(d.categories[p.value[1]] + ' × ' + d.series[p.value[0]] + ': ' + p.value[2] + unit);
        }
      },
      xAxis: { type: 'category', data: d.series, axisLabel: { interval: 0, rotate: 60 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: d.categories, inverse: true, axisLabel: { interval: 0 }, splitArea: { show: true } },
      visualMap: {
        min: 0, max: Math.max(1, max), calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
        itemHeight: 120, text: [String(Math.max(1, max)) + unit, '0' + unit], inRange: { color: ['#f3f4f6', '#1d3a5f'] }
      },
      series: [{
        type: 'heatmap', name: el.getAttribute('data-series-name') || '結び付いた目標', data: data,
        label: { show: true, color: '#1a1a1a', textBorderColor: '#ffffff', textBorderWidth: 2, formatter: function (p) { return p.value[2] ? p.value[2] : ''; } }
      }]
    };
  }

  // the fiscal year, April → March: a bar per row from its first month through its last
  function timeline(el, table) {
    var placed = rows(table).filter(function (tr) { return tr.hasAttribute('data-start'); });
    var months = Array.prototype.map.call(table.querySelectorAll('thead th.month'), function (th) {
      return th.textContent.trim();
    });
    var names = placed.map(function (tr) { return label(tr.querySelector('th')); });
    var starts = placed.map(function (tr) { return Number(tr.getAttribute('data-start')); });
    var lengths = placed.map(function (tr, i) { return Number(tr.getAttribute('data-end')) - starts[i] + 1; });
    var periods = placed.map(function (tr) { return tr.cells[3] ? tr.cells[3].textContent.trim() : ''; });
    height(el, Math.max(140, placed.length * 26 + 60));
    return {
      grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'item',
        formatter: function (p) { return html(names[p.dataIndex] + ': ' + periods[p.dataIndex]); }
      },
      xAxis: {
        type: 'value', min: 0, max: 12, interval: 1, position: 'top',
        axisLabel: { formatter: function (v) { return months[v] || ''; } }
      },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: categoryLabels },
      series: [
        // the months before the bar: stacked under it, never drawn
        { type: 'bar', stack: 'span', data: starts, silent: true, itemStyle: { color: 'transparent' }, tooltip: { show: false } },
        { type: 'bar', stack: 'span', name: el.getAttribute('data-series-name') || '実施時期', data: lengths, barMaxWidth: 16, itemStyle: { color: COLORS[0] } }
      ]
    };
  }

  var KINDS = { bars: bars, stack: stack, lines: lines, heatmap: heatmap, timeline: timeline };

  var drawn = [];

  function draw(el) {
    var table = document.getElementById(el.getAttribute('data-table'));
    var build = KINDS[el.getAttribute('data-chart')];
    if (!table || !build) {
      return;
    }
    el.hidden = false;
    try {
      var option = build(el, table);
      option.animation = false;
      var chart = window.echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(option);
      drawn.push(chart);
    } catch (e) {
      el.hidden = true; // the table stays, complete
      if (window.console) {
        window.console.error(e);
      }
    }
  }

  function start() {
    if (!window.echarts) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('.chart[data-chart]'), draw);
    window.addEventListener('resize', function () {
      drawn.forEach(function (chart) { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
