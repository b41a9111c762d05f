/**
 * The network map (ecogram), its genogram links, snapshots and duplicates. Other modules import
 * from here only. insertPerson and listPersonRows take a handle already opened through
 * platform/access; every other function opens the client's 'netwerk' data itself.
 */
export { insertPerson, listPersonRows, type PersonRow } from './person-rows.js';
export { addPerson, deletePerson, editPerson, getMap, getPerson, movePerson, placeMember, resetLayout } from './persons.js';
export { listDuplicates, mergePersons } from './merge.js';
export { addFamilyLink, removeFamilyLink } from './family.js';
export { invitePerson, linkMember } from './circle-link.js';
export { compareSnapshots, getSnapshot, listSnapshots, saveSnapshot } from './snapshots.js';
