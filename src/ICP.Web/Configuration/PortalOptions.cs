using System.ComponentModel.DataAnnotations;

namespace ICP.Web.Configuration;

/// <summary>Settings under <c>Portal</c>.</summary>
public sealed class PortalOptions : IValidatableObject
{
    /// <summary>
    /// <c>Portal:BaseUrl</c>: the portal's public address (e.g. https://icp.ec.europa.eu), from which
    /// links in e-mails are built; required in Production (checked by <see cref="EmailSetup"/>).
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>The address, without a trailing slash; null when not set.</summary>
    public Uri? BaseUri => BaseUrl is { Length: > 0 } text && Uri.TryCreate(text.TrimEnd('/'), UriKind.Absolute, out var url) ? url : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is { Length: > 0 } && BaseUri is not { Scheme: "https" or "http" })
        {
            yield return new ValidationResult($"Portal:BaseUrl must be an absolute http(s) address, not '{BaseUrl}'.", [nameof(BaseUrl)]);
        }
    }
}
