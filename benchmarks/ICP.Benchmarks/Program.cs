using ICP.Benchmarks;

// Speed measurements of the portal, never part of the test suite. Every figure is a ratio to a
// baseline measured in the same run on the same machine (absolute numbers drift on shared machines).
//
//   dotnet run -c Release --project benchmarks/ICP.Benchmarks              the deadline rush (every figure of issue 8)
//   dotnet run -c Release --project benchmarks/ICP.Benchmarks -- --quick   the same, shorter, for a quick check
//   ... -- --memory-report   also say what the resident memory after the rush is made of
//                            (/proc split; the managed heap by type when dotnet-gcdump is installed)
//   dotnet run -c Release --project benchmarks/ICP.Benchmarks -- scaling   staff pages at 10,000 vs 60 applications
//   dotnet run -c Release --project benchmarks/ICP.Benchmarks -- --session-check [--runs 400]
//                                                                         the per-request session check against none
//   (the benchmark starts itself as "bare": the bare Kestrel endpoint it measures the portal against)
return args.FirstOrDefault() switch
{
    "bare" => await BareEndpoint.RunAsync(args[1..]),
    "scaling" => await StaffScaling.RunAsync(args[1..]),
    "--session-check" => await SessionCheckBenchmark.RunAsync(args is [_, "--runs", var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 400),
    _ => await RushBenchmark.RunAsync(args),
};
