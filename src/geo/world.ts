/**
 * The bundled world geometry (world-atlas countries-110m, shrunk at build
 * time), converted to shapes and meshes once per page.
 */
import type { MultiLineString } from 'geojson';
import type { Topology } from 'topojson-specification';
import world from '../generated/world-110m.json';
import { topologyToShapes, type CountryShape } from './features.js';
import { borderMesh, coastlineMesh } from './mesh.js';

export interface WorldGeometry {
  shapes: CountryShape[];
  shapeByKey: Map<string, CountryShape>;
  borders: MultiLineString;
  coastlines: MultiLineString;
}

let cached: WorldGeometry | undefined;

/** Builds the world geometry from `topology` (uncached). */
export function buildWorldGeometry(topology: Topology): WorldGeometry {
  const shapes = topologyToShapes(topology, 'countries');
  return {
    shapes,
    shapeByKey: new Map(shapes.map((shape) => [shape.key, shape])),
    borders: borderMesh(topology, 'countries'),
    coastlines: coastlineMesh(topology, 'countries'),
  };
}

/** Returns the bundled world geometry, converted on first use. */
export function getWorldGeometry(): WorldGeometry {
  cached ??= buildWorldGeometry(world as unknown as Topology);
  return cached;
}
