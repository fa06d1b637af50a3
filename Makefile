# dentsynth: PGXS build of one C++20 module from src/, the extension script generated from the
# raw-schema contract, pg_regress tests (sql/ + expected/) and pgTAP tests (test/, pg_prove).

EXTENSION = dentsynth
EXTVERSION = 0.2.0
MODULE_big = dentsynth

GENERATED_CPP = src/core/generated/schema_tables.hpp src/core/generated/schema_tables.cpp src/core/generated/generated_tables.inc src/core/generated/producers.inc \
                src/core/generated/key_plan.inc src/core/generated/argument_defaults.inc
# Every .cpp under src/core, however deep (one directory per process of the simulation).
CORE_SRCS = $(sort $(shell find src/core -name '*.cpp') src/core/generated/schema_tables.cpp)
PG_SRCS = $(sort $(wildcard src/pg/*.cpp))
OBJS = $(patsubst %.cpp,%.o,$(sort $(CORE_SRCS) $(PG_SRCS)))

# The install script of the version being built is generated (below); the install scripts of
# released versions and the upgrade scripts between versions are frozen, checked-in files
# (sql/dentsynth--<version>.sql, sql/dentsynth--<from>--<to>.sql), installed as they are.
DATA_built = sql/$(EXTENSION)--$(EXTVERSION).sql
DATA = $(filter-out $(DATA_built),$(wildcard sql/$(EXTENSION)--*.sql))
REGRESS = $(sort $(patsubst sql/%.sql,%,$(filter-out sql/$(EXTENSION)--%,$(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION)
EXTRA_CLEAN = $(GENERATED_CPP) src/core/generated/.stamp

PG_CXXFLAGS = -std=c++20 -pthread -Wall -Wextra -Isrc $(if $(WERROR),-Werror)
SHLIB_LINK = -lstdc++ -pthread

PG_CONFIG ?= pg_config
# No LLVM bitcode: PGXS would compile every .cpp again with clang without PG_CXXFLAGS.
override with_llvm = no
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# The generator's table descriptions come from the contract file.
src/core/generated/.stamp: schema/columns.tsv schema/producers.tsv schema/keys.tsv schema/key_references.tsv schema/arguments.tsv \
                           tools/schema_to_cpp.awk tools/producers_to_cpp.awk tools/keys_to_cpp.awk tools/arguments_to_cpp.awk
	mkdir -p src/core/generated
	awk -v out_hpp=src/core/generated/schema_tables.hpp -v out_cpp=src/core/generated/schema_tables.cpp -f tools/schema_to_cpp.awk schema/columns.tsv
	awk -v producers_out=src/core/generated/producers.inc -f tools/producers_to_cpp.awk schema/producers.tsv > src/core/generated/generated_tables.inc
	awk -f tools/keys_to_cpp.awk schema/keys.tsv schema/key_references.tsv > src/core/generated/key_plan.inc
	awk -f tools/arguments_to_cpp.awk schema/arguments.tsv > src/core/generated/argument_defaults.inc
	touch $@
$(GENERATED_CPP): src/core/generated/.stamp
$(OBJS): src/core/generated/.stamp

# The contract's unique constraints and indexes (created and checked by src/pg/table_constraints.cpp).
src/pg/generated/table_constraints.inc: schema/columns.tsv schema/constraints.tsv tools/constraints_to_cpp.awk
	mkdir -p src/pg/generated
	awk -f tools/constraints_to_cpp.awk schema/columns.tsv schema/constraints.tsv > $@.tmp
	mv $@.tmp $@
src/pg/table_constraints.o: src/pg/generated/table_constraints.inc
EXTRA_CLEAN += src/pg/generated

# The generation arguments (schema/arguments.tsv) are placed into the hand-written script's
# placeholders and into every generated function.
sql/$(EXTENSION)--$(EXTVERSION).sql: sql/$(EXTENSION).sql.in schema/arguments.tsv schema/columns.tsv schema/producers.tsv tools/schema_to_sql.awk tools/arguments_to_sql.awk \
                                      sql/remote_parts.sql.in tools/practice_tables_to_sql.awk
	{ awk -f tools/arguments_to_sql.awk schema/arguments.tsv sql/$(EXTENSION).sql.in; \
	  awk -f tools/schema_to_sql.awk schema/arguments.tsv schema/producers.tsv schema/columns.tsv; \
	  awk -f tools/practice_tables_to_sql.awk schema/producers.tsv sql/remote_parts.sql.in; } > $@.tmp
	mv $@.tmp $@

# Header dependencies, so editing a header rebuilds what includes it.
override CXXFLAGS += -MMD -MP
-include $(OBJS:.o=.d)
EXTRA_CLEAN += $(OBJS:.o=.d)

.PHONY: prove test
# pgTAP suites, against the database the environment points at (PGDATABASE etc.).
prove:
	pg_prove --ext .sql -r test/

# Every test, in a throwaway cluster created and removed by pg_virtualenv (tools/run_tests.sh
# builds with -j2 and -Werror first).
test:
	tools/run_tests.sh

# Core unit tests: compiled with no PostgreSQL include path at all, run by prove (TAP).
CORE_TEST_SRCS = test/core/core_unit_test.cpp $(CORE_SRCS)
test/core/core_unit_test: $(CORE_TEST_SRCS) src/core/generated/.stamp
	$(CXX) -std=c++20 -pthread -O1 -Wall -Wextra $(if $(WERROR),-Werror) -Isrc -o $@ $(CORE_TEST_SRCS)
EXTRA_CLEAN += test/core/core_unit_test
.PHONY: core-test
core-test: test/core/core_unit_test
	prove -v test/core/core_unit_test

# The core under AddressSanitizer and UndefinedBehaviorSanitizer: whole generations (part of a
# roster, cuts during and early in the history, the edges of the parameters' ranges, the worker
# thread) run by test/core/sanitized_generation.cpp. Built apart from the module (objects under
# test/core/sanitize/) with no PostgreSQL include path; undefined behaviour is fatal, and libstdc++'s
# own bounds checks are on. Any report ends the run with a non-zero exit. -g1 keeps the line
# tables a report needs and costs a third less compile time than -g.
SANITIZE_DIR = test/core/sanitize
SANITIZE_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -O1 -g1 -D_GLIBCXX_ASSERTIONS
SANITIZE_OBJS = $(patsubst %.cpp,$(SANITIZE_DIR)/%.o,test/core/sanitized_generation.cpp $(CORE_SRCS))
$(SANITIZE_DIR)/%.o: %.cpp src/core/generated/.stamp
	@mkdir -p $(@D)
	$(CXX) -std=c++20 -pthread -Wall -Wextra $(if $(WERROR),-Werror) $(SANITIZE_FLAGS) -MMD -MP -Isrc -c -o $@ $<
test/core/sanitized_generation: $(SANITIZE_OBJS)
	$(CXX) -pthread $(SANITIZE_FLAGS) -o $@ $(SANITIZE_OBJS)
-include $(SANITIZE_OBJS:.o=.d)
EXTRA_CLEAN += $(SANITIZE_DIR) test/core/sanitized_generation
.PHONY: core-sanitize
core-sanitize: test/core/sanitized_generation
	ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1 \
	UBSAN_OPTIONS=print_stacktrace=1 test/core/sanitized_generation
