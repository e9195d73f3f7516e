/*
 * Rules workbench: draws a process version with the bpmn-js viewer and puts the number of orders waiting at each
 * element on its shape. No inline script: the page gives the file's address in data-xml-url on #process-diagram and
 * the counts in the rows of the #waiting table (data-element-id, data-count), which is also what screen readers get.
 */
(function () {
  'use strict';

  var container = document.getElementById('process-diagram');
  if (!container) {
    return;
  }

  function say(text) {
    var message = container.querySelector('.diagram-message');
    if (!message) {
      message = document.createElement('p');
      message.className = 'muted diagram-message';
      container.appendChild(message);
    }
    message.textContent = text;
  }

  if (typeof window.BpmnJS !== 'function' || typeof window.fetch !== 'function') {
    say('The diagram cannot be drawn in this browser; the orders waiting are listed below.');
    return;
  }

  function waitingCounts() {
    var rows = document.querySelectorAll('#waiting tr[data-element-id]');
    return Array.prototype.map.call(rows, function (row) {
      return { id: row.getAttribute('data-element-id'), count: Number(row.getAttribute('data-count')) };
    });
  }

  function badge(count) {
    var element = document.createElement('span');
    element.className = 'waiting-badge';
    element.textContent = String(count);
    element.title = count === 1 ? '1 order waiting here' : count + ' orders waiting here';
    return element;
  }

  var viewer = new window.BpmnJS({ container: container });

  fetch(container.getAttribute('data-xml-url'), { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('the file answered ' + response.status);
      }
      return response.text();
    })
    .then(function (xml) {
      return viewer.importXML(xml);
    })
    .then(function () {
      var canvas = viewer.get('canvas');
      var overlays = viewer.get('overlays');
      var registry = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      waitingCounts().forEach(function (waiting) {
        if (waiting.count > 0 && registry.get(waiting.id)) {
          overlays.add(waiting.id, 'waiting-orders', {
            position: { top: 0, right: 0 }, scale: false, html: badge(waiting.count)
          });
          canvas.addMarker(waiting.id, 'has-waiting-orders');
        }
      });
      var message = container.querySelector('.diagram-message');
      if (message) {
        message.remove();
      }
      container.setAttribute('data-rendered', 'true');
    })
    .catch(function (error) {
      say('The diagram could not be drawn (' + error.message + '); the orders waiting are listed below.');
    });
})();
