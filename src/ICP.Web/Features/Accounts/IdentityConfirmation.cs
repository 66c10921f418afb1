using System.Security.Claims;
using ICP.Infrastructure.Identity;
using ICP.Web.Configuration;
using Microsoft.AspNetCore.Identity;

namespace ICP.Web.Features.Accounts;

/// <summary>What a confirmation of identity came to.</summary>
public enum IdentityConfirmation
{
    Confirmed,
    WrongPassword,
    WrongCode,
    LockedOut,
}
