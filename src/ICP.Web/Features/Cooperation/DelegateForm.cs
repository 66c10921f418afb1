namespace ICP.Web.Features.Cooperation;

/// <summary>A delegate as the city (or staff) types them.</summary>
public sealed class DelegateForm
{
    public string Name { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;
}
