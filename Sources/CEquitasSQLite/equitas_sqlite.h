// The few SQLite calls that `SQLiteReadConnection` makes, declared against the SQLite
// that sqlite-nio compiles into every Equitas binary (its functions carry the prefix
// `sqlite_nio_`). sqlite-nio offers no product for its C target, and a second copy of
// SQLite in one process must not open the same file: each copy keeps its own table of
// POSIX locks, and one copy's close() drops the other's (sqlite.org/howtocorrupt.html,
// 2.2.1). These declarations name no library to link: the symbols are already in the
// binary through FluentSQLiteDriver, and a link fails loudly if they ever are not.
#ifndef EQUITAS_SQLITE_H
#define EQUITAS_SQLITE_H

typedef struct equitas_sqlite3 equitas_sqlite3;
typedef struct equitas_sqlite3_stmt equitas_sqlite3_stmt;
typedef void (*equitas_sqlite3_destructor)(void *);

#define EQUITAS_SQLITE_OK 0
#define EQUITAS_SQLITE_BUSY 5
#define EQUITAS_SQLITE_LOCKED 6
#define EQUITAS_SQLITE_ROW 100
#define EQUITAS_SQLITE_DONE 101

#define EQUITAS_SQLITE_INTEGER 1
#define EQUITAS_SQLITE_FLOAT 2
#define EQUITAS_SQLITE_TEXT 3
#define EQUITAS_SQLITE_BLOB 4
#define EQUITAS_SQLITE_NULL 5

#define EQUITAS_SQLITE_OPEN_READWRITE 0x00000002
#define EQUITAS_SQLITE_OPEN_NOMUTEX 0x00008000
#define EQUITAS_SQLITE_PREPARE_PERSISTENT 0x01

int sqlite_nio_sqlite3_open_v2(const char *filename, equitas_sqlite3 **db, int flags, const char *vfs);
int sqlite_nio_sqlite3_close_v2(equitas_sqlite3 *db);
int sqlite_nio_sqlite3_busy_timeout(equitas_sqlite3 *db, int milliseconds);
const char *sqlite_nio_sqlite3_errmsg(equitas_sqlite3 *db);
int sqlite_nio_sqlite3_db_config(equitas_sqlite3 *db, int option, ...);

#define EQUITAS_SQLITE_DBCONFIG_ENABLE_QPSG 1007

/// The query planner's stability guarantee: a kept statement keeps its plan whatever
/// values are bound, rather than being compiled again after each new binding (which
/// SQLite otherwise does whenever a bound value could change the plan). Swift cannot
/// call a C function with variable arguments, hence this wrapper.
static inline int equitas_sqlite3_keep_plans(equitas_sqlite3 *db) {
    int set = 0;
    return sqlite_nio_sqlite3_db_config(db, EQUITAS_SQLITE_DBCONFIG_ENABLE_QPSG, 1, &set);
}

int sqlite_nio_sqlite3_prepare_v3(
    equitas_sqlite3 *db, const char *sql, int bytes, unsigned int flags, equitas_sqlite3_stmt **statement, const char **tail);
int sqlite_nio_sqlite3_step(equitas_sqlite3_stmt *statement);
int sqlite_nio_sqlite3_reset(equitas_sqlite3_stmt *statement);
int sqlite_nio_sqlite3_clear_bindings(equitas_sqlite3_stmt *statement);
int sqlite_nio_sqlite3_finalize(equitas_sqlite3_stmt *statement);
int sqlite_nio_sqlite3_stmt_status(equitas_sqlite3_stmt *statement, int counter, int reset);

#define EQUITAS_SQLITE_STMTSTATUS_REPREPARE 5

int sqlite_nio_sqlite3_bind_text(equitas_sqlite3_stmt *statement, int index, const char *text, int bytes, equitas_sqlite3_destructor destructor);
int sqlite_nio_sqlite3_bind_blob(equitas_sqlite3_stmt *statement, int index, const void *bytes, int count, equitas_sqlite3_destructor destructor);
int sqlite_nio_sqlite3_bind_int64(equitas_sqlite3_stmt *statement, int index, long long value);
int sqlite_nio_sqlite3_bind_double(equitas_sqlite3_stmt *statement, int index, double value);
int sqlite_nio_sqlite3_bind_null(equitas_sqlite3_stmt *statement, int index);

int sqlite_nio_sqlite3_column_count(equitas_sqlite3_stmt *statement);
const char *sqlite_nio_sqlite3_column_name(equitas_sqlite3_stmt *statement, int column);
int sqlite_nio_sqlite3_column_type(equitas_sqlite3_stmt *statement, int column);
long long sqlite_nio_sqlite3_column_int64(equitas_sqlite3_stmt *statement, int column);
double sqlite_nio_sqlite3_column_double(equitas_sqlite3_stmt *statement, int column);
const unsigned char *sqlite_nio_sqlite3_column_text(equitas_sqlite3_stmt *statement, int column);
const void *sqlite_nio_sqlite3_column_blob(equitas_sqlite3_stmt *statement, int column);
int sqlite_nio_sqlite3_column_bytes(equitas_sqlite3_stmt *statement, int column);

#endif
