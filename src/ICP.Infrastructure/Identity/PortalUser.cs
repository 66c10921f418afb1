using Microsoft.AspNetCore.Identity;

namespace ICP.Infrastructure.Identity;

/// <summary>A person who signs in: a city's officer or a member of DG REGIO staff.</summary>
public sealed class PortalUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The interface language the person last used; e-mails to them are written in it.</summary>
    public string PreferredCulture { get; set; } = "en";

    /// <summary>The last authenticator time step accepted, so that a code cannot be replayed within its window.</summary>
    public long? LastTotpTimeStep { get; set; }
}
