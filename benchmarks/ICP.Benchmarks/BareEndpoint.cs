using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ICP.Benchmarks;

/// <summary>
/// The baseline: Kestrel with one endpoint that answers a short text, nothing else (no logging, no
/// middleware). Whatever the machine's speed, the portal's figures are ratios to this one's.
/// </summary>
public static class BareEndpoint
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        builder.WebHost.UseUrls(Options.Text(args, "--urls") ?? "http://127.0.0.1:5099");
        var app = builder.Build();
        app.MapGet("/", () => "Hello from a bare Kestrel endpoint");
        await app.RunAsync();
        return 0;
    }
}
