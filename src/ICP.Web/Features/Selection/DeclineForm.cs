namespace ICP.Web.Features.Selection;

/// <summary>A selected city's withdrawal from the programme, recorded by staff with the reason the city gave.</summary>
public sealed class DeclineForm
{
    public string Reason { get; set; } = string.Empty;
}
