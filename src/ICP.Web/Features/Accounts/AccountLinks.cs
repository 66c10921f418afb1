using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ICP.Web.Features.Accounts;

/// <summary>The paths of the links account e-mails carry, with Identity's tokens made safe for a URL.</summary>
public static class AccountLinks
{
    public static string ResetPassword(string email, string token) =>
        $"/account/reset-password?email={Uri.EscapeDataString(email)}&code={Encode(token)}";

    public static string ConfirmEmail(string userId, string token) =>
        $"/account/confirm-email?userId={Uri.EscapeDataString(userId)}&code={Encode(token)}";

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token a link's code stands for; null when the code was not made by <see cref="Encode"/>.</summary>
    public static string? Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
