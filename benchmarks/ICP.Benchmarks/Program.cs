using ICP.Benchmarks;

// Speed measurements of the portal, never part of the test suite. Every figure is a ratio to a
// baseline measured in the same run on the same machine (absolute numbers drift on shared machines).
//
//   dotnet run -c Release --project benchmarks/ICP.Benchmarks              the deadline rush (every figure of issue 8)
//   dotnet run -c Release --project benchmarks/ICP.Benchmarks -- --quick   the same, shorter, for a quick check
//   dotnet run -c Release --project benchmarks/ICP.Benchmarks -- scaling   staff pages at 10,000 vs 60 applications
//   (the benchmark starts itself as "bare": the bare Kestrel endpoint it measures the portal against)
return args.FirstOrDefault() switch
{
    "bare" => await BareEndpoint.RunAsync(args[1..]),
    "scaling" => await StaffScaling.RunAsync(args[1..]),
    _ => await RushBenchmark.RunAsync(args),
};
