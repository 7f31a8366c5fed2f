# Sourced by the benchmark scripts: compiles the tests and writes the test class path to target/bench.cp.
# The dependency plugin is asked first; where it cannot run (an offline Maven repository may lack the plugin's own
# dependencies), the compiler's test class path, printed in debug mode, is the same list.
./mvnw -q -B test-compile
if ! ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test \
    >/dev/null 2>&1; then
  ./mvnw -B -X test-compile | grep -o 'testPath = \[.*\]' | head -1 \
    | sed 's/testPath = \[//; s/\]$//; s/, /:/g' > target/bench.cp
fi
