/** Border lines drawn once as meshes, rather than once per country. */
import { mesh } from 'topojson-client';
import type { MultiLineString } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';

function countriesObject(topology: Topology, objectName: string) {
  const object = topology.objects[objectName];
  if (!object) {
    throw new TypeError(`topology has no object named "${objectName}"`);
  }
  // topojson-client's types expect objects without typed properties.
  return object as GeometryObject;
}

/** Borders between two different countries, each drawn once. */
export function borderMesh(
  topology: Topology,
  objectName = 'countries',
): MultiLineString {
  const object = countriesObject(topology, objectName);
  return mesh(
    topology,
    object,
    (a: GeometryObject, b: GeometryObject) => a !== b,
  );
}

/** Coastlines: arcs that belong to one country only. */
export function coastlineMesh(
  topology: Topology,
  objectName = 'countries',
): MultiLineString {
  const object = countriesObject(topology, objectName);
  return mesh(
    topology,
    object,
    (a: GeometryObject, b: GeometryObject) => a === b,
  );
}
