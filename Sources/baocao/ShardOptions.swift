import ArgumentParser
import Foundation
import Logging
import Pipeline

/// `--shard K/N`, `--shards N`: one of N disjoint parts of the inputs, for many machines.
struct ShardOptions: ParsableArguments {
    @Option(help: ArgumentHelp("""
        Only the inputs of shard K of N (K from 0 to N-1): a stable hash of each input's file:// \
        URI picks its shard, so N machines given the same paths (mounted at the same place) \
        split the work, disjoint and complete, whatever order they list files in.
        """, valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("""
        N shards, K from the environment: BAOCAO_SHARD, else JOB_COMPLETION_INDEX (set by a \
        Kubernetes Indexed Job in each pod).
        """, valueName: "N"))
    var shards: Int?

    func validate() throws {
        guard shard == nil || shards == nil else { throw ValidationError("give --shard K/N or --shards N, not both") }
        _ = try resolved()
    }

    /// The shard named on the command line, nil for all inputs.
    func resolved(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Shard? {
        do {
            if let shard { return try Shard(parsing: shard) }
            if let shards { return try Shard(count: shards, environment: environment) }
        } catch {
            throw ValidationError(error.description)
        }
        return nil
    }

    /// The inputs of `shard`, all of them when nil; logs how many.
    static func select(_ files: [SourceFile], shard: Shard?, logger: Logger) -> [SourceFile] {
        guard let shard else { return files }
        let kept = files.filter { shard.contains(uri: $0.uri) }
        logger.info("shard \(shard): \(kept.count) of \(files.count) inputs")
        return kept
    }
}
