// Google Benchmark micro-benchmarks of the library: loading, building the
// store, each index, filtering, search and every export format, over
// synthetic catalogs. Sizes come from MLLMSEG_BENCH_SIZES (comma-separated,
// default "1000,100000,1000000"); the CTest smoke run uses a tiny one.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "catalog/load.h"
#include "format/export.h"
#include "format/json.h"
#include "query/filter.h"
#include "query/search.h"
#include "query/text_index.h"
#include "synthetic.h"

namespace mllmseg::bench {
namespace {

std::vector<std::int64_t> sizes() {
  const char* env = std::getenv("MLLMSEG_BENCH_SIZES");
  std::stringstream list(env != nullptr ? env : "1000,100000,1000000");
  std::vector<std::int64_t> out;
  for (std::string item; std::getline(list, item, ',');) {
    out.push_back(std::stoll(item));
  }
  return out;
}

// One store and its JSON text per size, made once and shared by benchmarks.
struct Fixture {
  std::string json;
  std::unique_ptr<Store> store;
};

const Fixture& fixture(std::int64_t papers) {
  static std::map<std::int64_t, Fixture> made;
  auto [it, inserted] = made.try_emplace(papers);
  if (inserted) {
    it->second.store = std::make_unique<Store>(make_catalog(static_cast<std::size_t>(papers), 2024));
    it->second.json = format::catalog_document(*it->second.store, it->second.store->all());
  }
  return it->second;
}

void load(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  for (auto _ : state) {
    auto catalog = parse_catalog(f.json, "bench.json");
    benchmark::DoNotOptimize(catalog);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(f.json.size()));
}

void build_store(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  for (auto _ : state) {
    state.PauseTiming();
    Catalog copy = f.store->catalog();
    state.ResumeTiming();
    Store store(std::move(copy));
    benchmark::DoNotOptimize(store.size());
  }
}

void build_text_index(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  for (auto _ : state) {
    TextIndex index(*f.store);
    benchmark::DoNotOptimize(index.average_length());
  }
}

Filter selective_filter(const Store& store) {
  Filter filter;
  filter.tasks = task_bit(Task::video);
  filter.venues.push_back(*parse_venue_filter("NeurIPS'24", store));
  filter.years.push_back(*parse_year_range("2024"));
  return filter;
}

void select_selective(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  const Filter filter = selective_filter(*f.store);
  for (auto _ : state) {
    benchmark::DoNotOptimize(select(*f.store, filter));
  }
  state.counters["papers"] = static_cast<double>(select(*f.store, filter).size());
}

// The same query with its answer copied into a list of its own, as list
// and export do before sorting: this part grows with the answer.
void select_selective_copy(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  const Filter filter = selective_filter(*f.store);
  for (auto _ : state) {
    benchmark::DoNotOptimize(select(*f.store, filter).take());
  }
  state.counters["papers"] = static_cast<double>(select(*f.store, filter).size());
}

void select_by_task(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  Filter filter;
  filter.tasks = task_bit(Task::video);
  for (auto _ : state) {
    benchmark::DoNotOptimize(select(*f.store, filter));
  }
}

void search_word(benchmark::State& state) {
  const Fixture& f = fixture(state.range(0));
  for (auto _ : state) {
    benchmark::DoNotOptimize(search(*f.store, {{"sam2", Scope::any}}, std::nullopt));
  }
}

void export_format(benchmark::State& state, const format::ExportFormat* exporter) {
  const Fixture& f = fixture(state.range(0));
  const Postings ids = f.store->all();
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string out = exporter->render(*f.store, ids);
    bytes = out.size();
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes));
}

void register_all() {
  const auto each_size = [](benchmark::internal::Benchmark* b) {
    for (auto n : sizes()) {
      b->Arg(n);
    }
    b->Unit(benchmark::kMillisecond);
  };
  // Queries on a built store take microseconds.
  const auto each_size_us = [](benchmark::internal::Benchmark* b) {
    for (auto n : sizes()) {
      b->Arg(n);
    }
    b->Unit(benchmark::kMicrosecond);
  };
  benchmark::RegisterBenchmark("load", load)->Apply(each_size);
  benchmark::RegisterBenchmark("build_store", build_store)->Apply(each_size);
  benchmark::RegisterBenchmark("build_text_index", build_text_index)->Apply(each_size);
  benchmark::RegisterBenchmark("select_selective", select_selective)->Apply(each_size_us);
  benchmark::RegisterBenchmark("select_selective_copy", select_selective_copy)->Apply(each_size_us);
  benchmark::RegisterBenchmark("select_by_task", select_by_task)->Apply(each_size_us);
  benchmark::RegisterBenchmark("search_word", search_word)->Apply(each_size);
  for (const auto& f : format::export_formats()) {
    benchmark::RegisterBenchmark(("export/" + std::string(f.name)).c_str(), export_format, &f)
        ->Apply(each_size);
  }
}

}  // namespace
}  // namespace mllmseg::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  mllmseg::bench::register_all();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
