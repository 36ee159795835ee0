// A PostgreSQL database as a dataset (docs/dataset.md, "PostgreSQL"): the Sink that many
// `nianbao run` processes, on one machine or many, write into at once, sharing the work through
// claims with a lease; and its reader for `nianbao merge` and `nianbao export`.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "sink.hpp"

namespace nianbao::dataset {

// Connects (libpq: the connection string as given, the password from PGPASSWORD or
// ~/.pgpass) and creates or migrates the tables. A claim lapses `claim_lease` after it was
// taken or last renewed. Throws Error when the server cannot be reached, the string holds a
// password, or the database has a newer schema.
std::unique_ptr<Sink> OpenPostgresSink(const std::string& conninfo,
                                       std::chrono::seconds claim_lease);

// Reads an existing PostgreSQL dataset.
std::unique_ptr<DatasetReader> OpenPostgresReader(const std::string& conninfo);

// The schema version of the PostgreSQL tables this nianbao writes (table nianbao_schema).
int PostgresSchemaVersion();

// Creates the tables of schema `version` (≤ PostgresSchemaVersion()) in an empty database, as
// the nianbao of that version made them: for tests of the migrations.
void CreatePostgresTables(const std::string& conninfo, int version);

}  // namespace nianbao::dataset
