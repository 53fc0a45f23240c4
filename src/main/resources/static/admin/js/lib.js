// The libraries, from the WebJars the server ships (versions pinned in pom.xml: change both together).
export { html, render, nothing } from '/webjars/lit-html/3.3.2/lit-html.js';
export { live } from '/webjars/lit-html/3.3.2/directives/live.js';

const CHART_JS = '/webjars/chart.js/4.5.1/dist/chart.umd.min.js';
let chartLoading;

/** Chart.js is 70 KB gzipped: loaded by the screens that draw one, as a script file (CSP: 'self'). */
export function loadChart() {
  chartLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = CHART_JS;
    script.onload = () => resolve(window.Chart);
    script.onerror = () => reject(new Error('chart.js did not load'));
    document.head.append(script);
  });
  return chartLoading;
}
