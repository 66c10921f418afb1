namespace ICP.Web.Configuration;

/// <summary>Settings under <c>Demo</c>.</summary>
public sealed class DemoOptions
{
    /// <summary><c>Demo:AllowInProduction</c>: lets demo data and a simulated clock run in Production (a public demo site only).</summary>
    public bool AllowInProduction { get; set; }
}
