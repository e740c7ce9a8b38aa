/** The queue table's columns on a desktop, shared by its header (server-rendered) and its rows. */
export const QUEUE_GRID = "md:grid md:grid-cols-[2rem_minmax(0,2.5fr)_6.5rem_7rem_9rem_minmax(0,2.5fr)_14rem] md:items-center md:gap-3";
