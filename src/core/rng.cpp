// Draws for EntityRng, each a Boost.Random distribution over the entity's own engine.
#include "core/rng.hpp"

#include <algorithm>
#include <string>

#include <boost/random/discrete_distribution.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/uniform_01.hpp>
#include <boost/random/uniform_int_distribution.hpp>

#include "core/core_only.hpp"  // last: fails the build if a PostgreSQL header slipped in

namespace dentsynth::core {

int64_t EntityRng::Uniform(int64_t low, int64_t high) {
    if (high <= low) return low;
    return boost::random::uniform_int_distribution<int64_t>(low, high)(engine_);
}

double EntityRng::Unit() { return boost::random::uniform_01<double>()(engine_); }

double EntityRng::Normal(double mean, double stddev, double low, double high) {
    return std::clamp(boost::random::normal_distribution<double>(mean, stddev)(engine_), low, high);
}

int EntityRng::Weighted(std::span<const double> weights) {
    return boost::random::discrete_distribution<int, double>(weights.begin(), weights.end())(engine_);
}

void EntityRng::Digits(int length, std::string& out) {
    out.clear();
    for (int i = 0; i < length; ++i) out += static_cast<char>('0' + Uniform(0, 9));
}

}  // namespace dentsynth::core
