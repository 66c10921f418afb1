namespace ICP.Web.Configuration;

/// <summary>The portal's own settings, read in one place with their defaults (docs/operations.md lists them).</summary>
public static class PortalSettings
{
    /// <summary><c>Programme:CallCode</c>: the call the portal serves.</summary>
    public static string CallCode(this IConfiguration configuration) =>
        configuration["Programme:CallCode"] ?? ICP.Infrastructure.Seeding.IcpAgir2021.CallCode;

    /// <summary>
    /// <c>Portal:BaseUrl</c>: the portal's public address (e.g. https://icp.ec.europa.eu), from which
    /// links in e-mails are built; required in Production. Null when not set.
    /// </summary>
    public static Uri? BaseUrl(this IConfiguration configuration) =>
        configuration["Portal:BaseUrl"] is { Length: > 0 } text
            ? Uri.TryCreate(text.TrimEnd('/'), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
                ? url
                : throw new InvalidOperationException($"Portal:BaseUrl must be an absolute http(s) address, not '{text}'.")
            : null;

    /// <summary>
    /// <c>Security:Contact</c>: where vulnerabilities are reported (a <c>mailto:</c> or https address),
    /// published in /.well-known/security.txt.
    /// </summary>
    public static string SecurityContact(this IConfiguration configuration) =>
        configuration["Security:Contact"] is { Length: > 0 } contact ? contact : "mailto:security@icp-portal.europa.example";

    /// <summary><c>Evaluation:SpreadLimit</c>: points between evaluators above which staff screens flag the spread.</summary>
    public static decimal SpreadLimit(this IConfiguration configuration) =>
        configuration.GetValue("Evaluation:SpreadLimit", 20m);

    /// <summary><c>Evaluation:EvaluatorsPerApplication</c>: how many evaluators automatic assignment gives each application.</summary>
    public static int EvaluatorsPerApplication(this IConfiguration configuration) =>
        configuration.GetValue("Evaluation:EvaluatorsPerApplication", 2);
}
