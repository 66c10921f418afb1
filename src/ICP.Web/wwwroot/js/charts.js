// Draws the dashboard's charts from the data each <canvas data-chart> carries (no inline script).
// Every chart has the same figures beside it in text, for screen readers and printing.
(function () {
  'use strict';
  if (!window.Chart) {
    return;
  }
  var palette = ['#004494', '#ffd617', '#467a39', '#da2131', '#7a4da1', '#00857c', '#f29527', '#404040', '#1d6fb8'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var config = JSON.parse(canvas.getAttribute('data-chart'));
    config.datasets.forEach(function (dataset, index) {
      dataset.backgroundColor = config.type === 'doughnut' ? palette : palette[index % palette.length];
      dataset.borderColor = config.type === 'line' ? palette[index % palette.length] : undefined;
    });
    new window.Chart(canvas, {
      type: config.type,
      data: { labels: config.labels, datasets: config.datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: config.datasets.length > 1 || config.type === 'doughnut' } },
        scales: config.type === 'doughnut' ? {} : { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  });
})();
