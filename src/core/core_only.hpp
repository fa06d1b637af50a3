// Tripwire: included last by every .cpp file of the generator core (a build check enforces it). The core is plain C++ and must
// never see a PostgreSQL header (their macros clash with the standard library and tie the core
// to the backend); if one slipped in, the build stops here.
#ifdef POSTGRES_H
#error "src/core must not include PostgreSQL headers"
#endif
