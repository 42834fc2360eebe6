// compare_in_process.py's program: two builds' sides (side.cpp) in turns, A then B in even rounds,
// B then A in odd ones. Arguments: workload, rounds, threads, then 1 to poll the runs as Python
// does or 0. Prints one line of JSON: each side's cascades per second per round and mean
// adopters.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

void* srA_prepare(const std::string& key, int threads, bool poll);
double srA_run(void* prepared, double& mean_adopters);
void* srB_prepare(const std::string& key, int threads, bool poll);
double srB_run(void* prepared, double& mean_adopters);

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: %s WORKLOAD ROUNDS THREADS POLL\n", argv[0]);
    return 2;
  }
  const std::string key = argv[1];
  const int rounds = std::atoi(argv[2]), threads = std::atoi(argv[3]);
  const bool poll = std::atoi(argv[4]) != 0;
  void* a = srA_prepare(key, threads, poll);
  void* b = srB_prepare(key, threads, poll);
  if (a == nullptr || b == nullptr) {
    std::fprintf(stderr, "unknown workload or missing data: %s\n", key.c_str());
    return 2;
  }
  std::vector<double> rate_a, rate_b;
  double adopters_a = 0.0, adopters_b = 0.0;
  for (int r = 0; r < rounds; ++r) {
    if (r % 2 == 0) rate_a.push_back(srA_run(a, adopters_a));
    rate_b.push_back(srB_run(b, adopters_b));
    if (r % 2 == 1) rate_a.push_back(srA_run(a, adopters_a));
  }
  auto list = [](const std::vector<double>& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + std::to_string(v[i]);
    return s + "]";
  };
  std::printf("{\"a\": %s, \"b\": %s, \"adopters_a\": %.17g, \"adopters_b\": %.17g}\n",
              list(rate_a).c_str(), list(rate_b).c_str(), adopters_a, adopters_b);
}
