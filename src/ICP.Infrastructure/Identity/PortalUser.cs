using Microsoft.AspNetCore.Identity;

namespace ICP.Infrastructure.Identity;

/// <summary>A person who signs in: a city's officer or a member of DG REGIO staff.</summary>
public sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
