// A PostgreSQL server owned by one test: initdb into a temporary folder, started with pg_ctl on
// a Unix socket in that folder (no TCP port), stopped and removed at the end. A watcher
// process stops it also when the test process dies (a crash, a ctest timeout). PostgreSQL
// refuses to run as root: as root the server runs as `nobody`.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>

namespace nianbao::dataset::testing {

class PostgresServer {
 public:
  // The folder holding initdb and pg_ctl: NIANBAO_PG_BINDIR, else the newest
  // /usr/lib/postgresql/<version>/bin (Debian's postgresql package); "" when there is none.
  static std::string FindBinaries();

  // Why a server from `bindir` cannot run here, or "" when it can. As root the server runs as
  // `nobody`, who must be able to reach the binaries: a root folder that is not searchable by
  // others (a bare chroot made with mktemp -d is 0700) stops it.
  static std::string WhyItCannotRun(const std::string& bindir);

  // Starts a server; throws std::runtime_error with the server's log when it cannot.
  explicit PostgresServer(const std::string& bindir);
  ~PostgresServer();
  PostgresServer(const PostgresServer&) = delete;
  PostgresServer& operator=(const PostgresServer&) = delete;

  // Creates an empty database; its connection string (libpq key=value form).
  std::string NewDatabase(const std::string& name);
  // The connection string of a database on this server.
  std::string ConnectionString(const std::string& database) const;
  // The same as a URI: postgresql:///DATABASE?host=FOLDER&user=…
  std::string Uri(const std::string& database) const;

  // pg_ctl stop -m fast: every connection dropped.
  void Stop();

 private:
  void Start();

  std::string bindir_;
  std::filesystem::path folder_;
  pid_t watcher_ = -1;
  int watcher_pipe_ = -1;  // the watcher stops the server when this closes
};

}  // namespace nianbao::dataset::testing
