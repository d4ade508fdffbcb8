// ApecGraph explorer: search an entity, draw it with its neighbours (grouped on hubs), expand nodes, read the evidence
// of a relation, draw the shortest paths between two entities. Reads the graph through POST /graphql only.
// Everything from the data goes into the page as text (textContent / attributes), never as HTML.
'use strict';
(() => {
  const config = document.body.dataset;
  const LIMITS = {
    relationsPerDirection: 500, // the API's bound on Entity.relations(first:)
    groupAbove: 6,              // more neighbours than this of one (relation type, direction, kind): one aggregate node
    page: 25,                   // neighbours an aggregate node adds per click
    maxNodes: 250,              // drawn nodes, aggregates included; past it, expanding asks to focus instead
    searchHits: 8,
    labelledEdges: 40,          // more edges than this: their labels hide (the edge's details panel names its type)
    debounceMs: 200,
  };
  const KINDS = {
    ECONOMY: { color: '#1f77b4', shape: 'ellipse', plural: 'economies' },
    PERSON: { color: '#ff7f0e', shape: 'triangle', plural: 'people' },
    ORGANISATION: { color: '#2ca02c', shape: 'round-rectangle', plural: 'organisations' },
    MEETING: { color: '#9467bd', shape: 'diamond', plural: 'meetings' },
    PROPOSAL: { color: '#d62728', shape: 'rectangle', plural: 'proposals' },
    RESOLUTION: { color: '#8c564b', shape: 'star', plural: 'resolutions' },
    DOCUMENT: { color: '#7f7f7f', shape: 'hexagon', plural: 'documents' },
    TOPIC: { color: '#17becf', shape: 'vee', plural: 'topics' },
  };
  const $ = (id) => document.getElementById(id);

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) if (value != null) node.setAttribute(name, value);
    for (const child of children.flat()) if (child != null) node.append(child instanceof Node ? child : String(child));
    return node;
  }

  // --- GraphQL -------------------------------------------------------------------------------------------------
  class ApiError extends Error {}
  async function gql(query, variables) {
    const response = await fetch(config.graphql, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
    let answer;
    try { answer = await response.json(); } catch { throw new ApiError(`HTTP ${response.status}`); }
    if (answer.errors && answer.errors.length) {
      const error = answer.errors[0];
      const code = error.extensions && error.extensions.code;
      throw new ApiError(code ? `${error.message} (${code})` : error.message);
    }
    return answer.data;
  }
  const ENTITY = 'id kind name';
  const RELATION = `id type role date status modality note from { ${ENTITY} } to { ${ENTITY} }
    evidence { quote document { id title } }`;
  const NEIGHBOURS = `query Neighbours($id: ID!) { entity(id: $id) { ${ENTITY} aliases description
    out: relations(direction: OUT, first: ${LIMITS.relationsPerDirection}) { id type to { ${ENTITY} } }
    in: relations(direction: IN, first: ${LIMITS.relationsPerDirection}) { id type from { ${ENTITY} } } } }`;
  const SEARCH = `query Suggest($text: String!) { search(text: $text, first: ${LIMITS.searchHits}) { matched entity { ${ENTITY} } } }`;
  const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, first: $first) { length entities { ${ENTITY} } relations { ${RELATION} } } }`;
  const OUTGOING = `query Outgoing($id: ID!, $type: String!) { entity(id: $id) {
    relations(types: [$type], direction: OUT, first: ${LIMITS.relationsPerDirection}) { ${RELATION} } } }`;

  // --- status, legend, details ---------------------------------------------------------------------------------
  function status(text, isError) {
    const line = $('status');
    line.textContent = text;
    line.classList.toggle('error', !!isError);
  }

  function shapeIcon(kind) {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 20 20');
    svg.setAttribute('class', 'icon');
    svg.setAttribute('aria-hidden', 'true');
    const shapes = {
      ellipse: ['circle', { cx: 10, cy: 10, r: 8 }],
      triangle: ['polygon', { points: '10,2 18,18 2,18' }],
      'round-rectangle': ['rect', { x: 2, y: 4, width: 16, height: 12, rx: 4 }],
      diamond: ['polygon', { points: '10,1 19,10 10,19 1,10' }],
      rectangle: ['rect', { x: 2, y: 4, width: 16, height: 12 }],
      star: ['polygon', { points: '10,1 12.4,7 19,7.2 13.8,11.3 15.6,18 10,14.2 4.4,18 6.2,11.3 1,7.2 7.6,7' }],
      hexagon: ['polygon', { points: '5,2 15,2 19,10 15,18 5,18 1,10' }],
      vee: ['polygon', { points: '1,2 10,8 19,2 10,18' }],
    };
    const [tag, attributes] = shapes[KINDS[kind].shape];
    const shape = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [name, value] of Object.entries(attributes)) shape.setAttribute(name, value);
    shape.setAttribute('fill', KINDS[kind].color);
    shape.setAttribute('stroke', '#222');
    svg.append(shape);
    return svg;
  }
  const kindBadge = (kind) => el('span', { class: 'kind' }, shapeIcon(kind), kind.toLowerCase());

  function drawLegend() {
    const legend = $('legend');
    for (const kind of Object.keys(KINDS)) legend.append(el('li', null, kindBadge(kind)));
    legend.append(el('li', null, el('span', { class: 'kind' }, el('span', { class: 'group-icon' }), 'group: click for 25 more')));
    legend.append(el('li', null, el('span', { class: 'kind' }, el('span', { class: 'path-icon' }), 'on a shortest path')));
  }

  const documentLink = (document) =>
    el('a', { href: config.documents + encodeURIComponent(document.id) }, document.title || document.id);

  function relationView(relation) {
    const fields = ['role', 'date', 'status', 'modality', 'note'];
    return el('article', { class: 'relation', 'data-relation': relation.id },
      el('h3', null, relation.type),
      el('p', { class: 'ends' }, entityLink(relation.from), ` —${relation.type}→ `, entityLink(relation.to)),
      el('dl', null, fields.flatMap((field) => [el('dt', null, field), el('dd', null, relation[field] ?? '—')])),
      el('ol', { class: 'evidence' }, relation.evidence.map((evidence) =>
        el('li', null, el('blockquote', null, evidence.quote), el('cite', null, documentLink(evidence.document))))));
  }

  function entityLink(entity) {
    const link = el('a', { href: `${config.explore}?id=${encodeURIComponent(entity.id)}`, class: 'entity' }, kindBadge(entity.kind), entity.name);
    link.addEventListener('click', (event) => { event.preventDefault(); focus(entity.id, true); });
    return link;
  }

  function showDetails(...content) { $('details').replaceChildren(...content); }

  // --- the graph -----------------------------------------------------------------------------------------------
  const cy = cytoscape({
    container: $('graph'),
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 130, 'text-valign': 'bottom',
        'text-margin-y': 4, 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
        width: 26, height: 26, 'border-width': 1.5, 'border-color': '#222' } },
      ...Object.entries(KINDS).map(([kind, style]) => ({ selector: `node[kind = "${kind}"]`,
        style: { 'background-color': style.color, shape: style.shape } })),
      { selector: 'node.focus', style: { width: 40, height: 40, 'border-width': 4, 'font-weight': 'bold' } },
      { selector: 'node.group', style: { shape: 'round-rectangle', 'background-color': '#fff', 'border-style': 'dashed',
        'border-width': 2, width: 150, height: 40, 'text-valign': 'center', 'text-max-width': 140, 'font-size': 10,
        'text-background-opacity': 0, 'text-margin-y': 0 } },
      ...Object.entries(KINDS).map(([kind, style]) => ({ selector: `node.group[kind = "${kind}"]`,
        style: { 'border-color': style.color, 'background-color': '#fff' } })),
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1.5,
        'line-color': '#9a9a9a', 'target-arrow-color': '#9a9a9a', label: 'data(type)', 'font-size': 8, color: '#444',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.85 } },
      { selector: 'edge.to-group', style: { 'line-style': 'dashed' } },
      { selector: 'edge.quiet', style: { label: '' } }, // on a crowded drawing edge labels hide; a selected edge keeps its label
      { selector: 'edge.quiet:selected', style: { label: 'data(type)' } },
      { selector: 'edge.on-path', style: { 'line-color': '#e6007e', 'target-arrow-color': '#e6007e', width: 4, 'font-size': 9 } },
      { selector: 'node.on-path', style: { 'underlay-color': '#e6007e', 'underlay-opacity': 0.35, 'underlay-padding': 6, 'underlay-shape': 'ellipse' } },
      { selector: ':selected', style: { 'overlay-color': '#ffd400', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    ],
  });
  const state = { focus: null, from: null, to: null };
  const expanded = new Map(); // entity id -> its relation summary (for the details panel)
  const groups = new Map();   // aggregate node id -> { owner, type, outgoing, kind, members: [{relation, entity}], shown, capped }

  function nodeLabel(entity) { return entity.name.length > 60 ? entity.name.slice(0, 57) + '…' : entity.name; }

  function addEntity(entity, classes) {
    let node = cy.getElementById(entity.id);
    if (node.empty()) node = cy.add({ group: 'nodes', data: { id: entity.id, kind: entity.kind, name: entity.name, label: nodeLabel(entity) } });
    if (classes) node.addClass(classes);
    return node;
  }

  function addRelation(relation) {
    if (!cy.getElementById(relation.id).empty()) return;
    cy.add({ group: 'edges', data: { id: relation.id, source: relation.from, target: relation.to, type: relation.type } });
  }

  function groupLabel(group) {
    const total = `${group.members.length}${group.capped ? '+' : ''}`;
    const arrow = group.outgoing ? '→' : '←';
    const left = group.members.length - group.shown;
    const more = left > 0 ? `\n${group.shown ? `${group.shown} shown, ` : ''}click for ${Math.min(LIMITS.page, left)} more`
      : `\nfirst ${group.members.length} shown; the API gives at most ${LIMITS.relationsPerDirection}`;
    return `${group.type} ${arrow} ${total} ${KINDS[group.kind].plural}${more}`;
  }

  // Draws an expanded entity's neighbours: small groups in full, big ones as an aggregate node.
  function drawNeighbours(entity) {
    const buckets = new Map();
    const capped = { out: entity.out.length >= LIMITS.relationsPerDirection, in: entity.in.length >= LIMITS.relationsPerDirection };
    const lastType = { out: entity.out.at(-1)?.type, in: entity.in.at(-1)?.type };
    for (const [direction, list] of [['out', entity.out], ['in', entity.in]]) {
      for (const relation of list) {
        const other = direction === 'out' ? relation.to : relation.from;
        const link = { relation: { id: relation.id, type: relation.type, from: direction === 'out' ? entity.id : other.id,
          to: direction === 'out' ? other.id : entity.id }, entity: other };
        if (!cy.getElementById(other.id).empty()) { addRelation(link.relation); continue; }
        const key = `${relation.type}|${direction}|${other.kind}`;
        if (!buckets.has(key)) buckets.set(key, { type: relation.type, outgoing: direction === 'out', kind: other.kind, members: [],
          capped: capped[direction] && lastType[direction] === relation.type });
        buckets.get(key).members.push(link);
      }
    }
    for (const [key, bucket] of buckets) {
      if (bucket.members.length <= LIMITS.groupAbove && !bucket.capped) {
        for (const member of bucket.members) { addEntity(member.entity); addRelation(member.relation); }
        continue;
      }
      const id = `group:${entity.id}|${key}`;
      if (!cy.getElementById(id).empty()) continue;
      const group = { owner: entity.id, ...bucket, shown: 0 };
      groups.set(id, group);
      cy.add({ group: 'nodes', data: { id, kind: bucket.kind, label: groupLabel(group) }, classes: 'group' });
      cy.add({ group: 'edges', data: { id: `${id}|edge`, source: bucket.outgoing ? entity.id : id, target: bucket.outgoing ? id : entity.id,
        type: bucket.type }, classes: 'to-group' });
    }
    const missing = ['out', 'in'].filter((d) => capped[d]);
    return missing.length
      ? ` ${entity.name} has ${LIMITS.relationsPerDirection} or more ${missing.join(' and ')}going relations: the API answers at most ${LIMITS.relationsPerDirection} per direction, ordered by type, so types after ${missing.map((d) => lastType[d]).join(' / ')} are not drawn.`
      : '';
  }

  function showPage(groupId) {
    const group = groups.get(groupId);
    const node = cy.getElementById(groupId);
    const page = group.members.slice(group.shown, group.shown + LIMITS.page);
    if (!page.length) { status(`All ${group.members.length} drawn; the API gives at most ${LIMITS.relationsPerDirection} relations per direction.`); return; }
    if (cy.nodes().length + page.length > LIMITS.maxNodes) {
      status(`The drawing holds ${cy.nodes().length} nodes already (at most ${LIMITS.maxNodes}): focus on an entity to start a new drawing.`, true);
      return;
    }
    const added = cy.collection();
    cy.batch(() => {
      for (const member of page) { added.merge(addEntity(member.entity)); addRelation(member.relation); }
      group.shown += page.length;
      node.data('label', groupLabel(group));
    });
    layout(added.union(node));
    status(`${group.type}: ${group.shown} of ${group.members.length}${group.capped ? '+' : ''} ${KINDS[group.kind].plural} drawn.`);
  }

  // Lays out only what was added next to what is there (fast, and the view keeps its shape); everything on a new drawing.
  function layout(added) {
    const fresh = !added || added.length === cy.nodes().length;
    cy.edges().toggleClass('quiet', cy.edges().length > LIMITS.labelledEdges);
    const options = { name: 'cose', animate: false, randomize: fresh, nodeDimensionsIncludeLabels: true, numIter: 600,
      idealEdgeLength: () => 110, nodeRepulsion: () => 12000, nodeOverlap: 24, padding: 30, fit: true };
    if (fresh) cy.layout(options).run();
    else {
      const anchor = added.neighborhood('node').difference(added).first();
      const centre = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
      added.nodes().forEach((node, i) => {
        const angle = (2 * Math.PI * i) / Math.max(1, added.nodes().length);
        node.position({ x: centre.x + 220 * Math.cos(angle), y: centre.y + 220 * Math.sin(angle) });
      });
      cy.layout({ ...options, randomize: false }).run();
    }
    if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(); } // a small drawing is not blown up to fill the screen
  }

  async function expand(id, asFocus) {
    if (!asFocus && cy.nodes().length >= LIMITS.maxNodes) {
      status(`The drawing holds ${cy.nodes().length} nodes (at most ${LIMITS.maxNodes}): focus on an entity to start a new drawing.`, true);
      return;
    }
    status('Loading…');
    const data = await gql(NEIGHBOURS, { id });
    if (!data.entity) { status(`No entity has the id ${id}.`, true); return; }
    const entity = data.entity;
    if (asFocus) { cy.elements().remove(); groups.clear(); expanded.clear(); }
    const before = cy.nodes();
    let note = '';
    cy.batch(() => { addEntity(entity, asFocus ? 'focus' : null); note = drawNeighbours(entity); });
    expanded.set(id, entity);
    layout(asFocus ? null : cy.nodes().difference(before).union(cy.getElementById(id)));
    const total = entity.out.length + entity.in.length;
    status(`${entity.name}: ${total} relation${total === 1 ? '' : 's'} loaded; ${cy.nodes().length} nodes drawn.${note}`);
    showEntity(entity);
  }

  function showEntity(entity) {
    const counts = new Map();
    for (const r of entity.out) counts.set(`${r.type} →`, (counts.get(`${r.type} →`) || 0) + 1);
    for (const r of entity.in) counts.set(`${r.type} ←`, (counts.get(`${r.type} ←`) || 0) + 1);
    showDetails(el('article', { class: 'entity-details' },
      el('h2', null, kindBadge(entity.kind), entity.name),
      el('p', { class: 'id' }, entity.id),
      entity.aliases.length ? el('p', null, 'Also: ', entity.aliases.join(', ')) : null,
      entity.description ? el('p', { class: 'description' }, entity.description) : null,
      el('ul', { class: 'counts' }, [...counts].map(([type, n]) => el('li', null, `${type} ${n}${n >= LIMITS.relationsPerDirection ? '+' : ''}`))),
      el('p', { class: 'hint' }, 'Click a node to expand it, an edge to read its evidence; shift-click a node for the paths to it.')));
  }

  async function showRelation(edge) {
    const [from, to, type, id] = [edge.data('source'), edge.data('target'), edge.data('type'), edge.id()];
    status(`Loading the evidence of ${type}…`);
    // The direct relations between the two ends are their one-hop paths: a bounded request on hubs too.
    const data = await gql(PATHS, { from, to, maxHops: 1, first: 20 });
    let relation = data.paths.flatMap((path) => path.relations).find((r) => r.id === id);
    if (!relation) relation = (await gql(OUTGOING, { id: from, type })).entity?.relations.find((r) => r.id === id);
    if (!relation) { status('This relation is no longer in the graph.', true); return; }
    showDetails(relationView(relation));
    status(`${relation.from.name} —${relation.type}→ ${relation.to.name}`);
  }

  async function drawPaths(from, to, push) {
    state.from = from; state.to = to;
    const maxHops = Number($('max-hops').value);
    if (push) setUrl({ from, to, hops: maxHops === 6 ? null : maxHops }, true);
    status('Looking for shortest paths…');
    const data = await gql(PATHS, { from, to, maxHops, first: 5 });
    if (!cy.getElementById(from).length) { cy.elements().remove(); groups.clear(); expanded.clear(); }
    cy.elements().removeClass('on-path');
    const added = cy.collection();
    cy.batch(() => {
      for (const path of data.paths) {
        path.entities.forEach((entity) => added.merge(addEntity(entity, 'on-path')));
        path.relations.forEach((r) => { addRelation({ id: r.id, type: r.type, from: r.from.id, to: r.to.id }); cy.getElementById(r.id).addClass('on-path'); });
      }
      cy.getElementById(from).addClass('focus');
    });
    layout(cy.nodes().length === added.length ? null : added);
    if (!data.paths.length) {
      status(`No path within ${maxHops} hops.`, true);
      showDetails(el('p', null, `No path between ${from} and ${to} within ${maxHops} hops: try more hops.`));
      return;
    }
    status(`${data.paths.length} shortest path${data.paths.length === 1 ? '' : 's'} within ${maxHops} hops (the shortest: ${data.paths[0].length}).`);
    showDetails(el('section', { class: 'paths' }, el('h2', null, 'Shortest paths'), data.paths.map((path, i) =>
      el('details', { class: 'path', open: i === 0 ? '' : null },
        el('summary', null, `Path ${i + 1} (${path.length} hop${path.length === 1 ? '' : 's'}): `, path.entities.map((e) => e.name).join(' · ')),
        el('ol', { class: 'hops' }, path.relations.map((relation) => el('li', null, relationView(relation))))))));
  }

  // --- URL state ------------------------------------------------------------------------------------------------
  function setUrl(params, push) {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v != null));
    const url = `${location.pathname}?${query}`;
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  async function focus(id, push) {
    state.focus = id; state.from = null; state.to = null;
    if (push) setUrl({ id }, true);
    await guarded(() => expand(id, true));
  }

  // Runs a user action; data-state says when the page is busy and data-ready-at when it first became interactive.
  async function guarded(action) {
    document.body.dataset.state = 'busy';
    try { await action(); }
    catch (error) { status(error instanceof ApiError ? `The API answered: ${error.message}` : `Failed: ${error.message}`, true); }
    ready();
  }
  function ready() {
    document.body.dataset.state = 'ready';
    document.body.dataset.readyAt ||= String(Math.round(performance.now()));
  }

  async function applyUrl() {
    const query = new URLSearchParams(location.search);
    const hops = [...$('max-hops').options].find((option) => option.value === query.get('hops')); // anything else: the default
    $('max-hops').value = hops ? hops.value : '6';
    if (query.get('from') && query.get('to')) await guarded(() => drawPaths(query.get('from'), query.get('to'), false));
    else if (query.get('id')) await focus(query.get('id'), false);
    else ready();
  }

  // --- search boxes with suggestions -----------------------------------------------------------------------------
  function combo(input, list, onPick) {
    let hits = [], active = -1, timer = 0, asked = 0;
    const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
    const highlight = (index) => {
      active = index;
      [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
      if (index >= 0) input.setAttribute('aria-activedescendant', list.children[index].id);
    };
    const pick = (hit) => { close(); input.value = hit.entity.name; onPick(hit.entity); };
    async function suggest() {
      const text = input.value.trim();
      if (!text) { close(); return; }
      const ticket = ++asked;
      let data;
      try { data = await gql(SEARCH, { text }); }
      catch (error) { status(`Search failed: ${error.message}`, true); return; }
      if (ticket !== asked) return; // a later keystroke asked again
      hits = data.search;
      list.replaceChildren(...(hits.length ? hits.map((hit, i) => {
        const item = el('li', { id: `${list.id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': hit.entity.id },
          kindBadge(hit.entity.kind), el('span', { class: 'name' }, hit.entity.name),
          hit.matched !== hit.entity.name ? el('span', { class: 'matched' }, `matched “${hit.matched}”`) : null);
        item.addEventListener('mousedown', (event) => { event.preventDefault(); pick(hit); });
        return item;
      }) : [el('li', { class: 'none' }, 'No entity has that name or alias.')]));
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(hits.length ? 0 : -1);
    }
    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(suggest, LIMITS.debounceMs); });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && hits.length) { event.preventDefault(); if (list.hidden) suggest(); else highlight((active + 1) % hits.length); }
      else if (event.key === 'ArrowUp' && hits.length) { event.preventDefault(); highlight((active - 1 + hits.length) % hits.length); }
      else if (event.key === 'Enter' && !list.hidden && active >= 0) { event.preventDefault(); pick(hits[active]); }
      else if (event.key === 'Escape') close();
    });
    input.addEventListener('blur', close);
  }

  // --- wiring ---------------------------------------------------------------------------------------------------
  drawLegend();
  combo($('search'), $('search-list'), (entity) => focus(entity.id, true));
  combo($('path-search'), $('path-search-list'), (entity) => {
    const from = state.focus || state.from;
    if (!from) { status('Pick the first entity in the Entity box first.', true); return; }
    guarded(() => drawPaths(from, entity.id, true));
  });
  cy.on('tap', 'node', (event) => {
    const node = event.target;
    if (node.hasClass('group')) { showPage(node.id()); return; }
    const from = state.focus || state.from;
    if (event.originalEvent && event.originalEvent.shiftKey && from && from !== node.id()) {
      guarded(() => drawPaths(from, node.id(), true));
      return;
    }
    if (expanded.has(node.id())) { showEntity(expanded.get(node.id())); return; }
    guarded(() => expand(node.id(), false));
  });
  cy.on('tap', 'edge', (event) => { if (!event.target.hasClass('to-group')) guarded(() => showRelation(event.target)); });
  window.addEventListener('popstate', applyUrl);
  window.explorer = { cy, limits: LIMITS }; // read by the browser tests (they click with real mouse events)
  applyUrl();
})();
