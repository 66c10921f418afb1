using System.ComponentModel.DataAnnotations;

namespace ICP.Web.Configuration;

/// <summary>Settings in the <c>Security</c> section.</summary>
public sealed class SecurityOptions
{
    /// <summary>Redirect HTTP to HTTPS and send HSTS. On by default; off in Development and tests on plain HTTP.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>The port HTTPS answers on, for the redirection (needed unless the portal listens on an https:// address itself).</summary>
    [Range(1, 65535, ErrorMessage = "Security:HttpsPort must be a port number (1 to 65535).")]
    public int? HttpsPort { get; set; }

    /// <summary><c>Security:Contact</c>: where vulnerabilities are reported (a <c>mailto:</c> or https address), published in /.well-known/security.txt.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Security:Contact must say where vulnerabilities are reported (mailto: or https:).")]
    [RegularExpression("^(mailto:|https://).+", ErrorMessage = "Security:Contact must be a mailto: or https:// address.")]
    public string Contact { get; set; } = "mailto:security@icp-portal.europa.example";

    /// <summary><c>Security:SignInFailuresPerAccount</c>: wrong passwords for one address, from any networks, before it is refused for a while.</summary>
    [Range(1, 10_000, ErrorMessage = "Security:SignInFailuresPerAccount must be between 1 and 10000.")]
    public int SignInFailuresPerAccount { get; set; } = 20;

    /// <summary><c>Security:AccountPostsPerMinute</c>: posts to the account forms per client address a minute.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Security:AccountPostsPerMinute must be between 1 and 1000000.")]
    public int AccountPostsPerMinute { get; set; } = 20;
}
