using System.Globalization;

namespace ICP.Web.Features.Evaluation;

/// <summary>A revision of the criteria as the form posts it: one weight and threshold per criterion id, in the same order.</summary>
public sealed class CriteriaForm
{
    public int[] Ids { get; set; } = [];

    /// <summary>Text, so that a typo is refused with what a weight is rather than read as 0.</summary>
    public string?[] Weights { get; set; } = [];

    /// <summary>Text, so that a typo is refused rather than read as "no threshold"; empty means none.</summary>
    public string?[] Thresholds { get; set; } = [];

    /// <summary>The revisions the form asks for, once <see cref="CriteriaFormValidator"/> accepted it.</summary>
    public Dictionary<int, (int Weight, int? Threshold)> Revisions() =>
        Ids.Select((id, i) => (id, i)).ToDictionary(
            x => x.id,
            x => (Number(Weights[x.i])!.Value, Number(Thresholds[x.i])));

    /// <summary>A whole number as typed, or null for an empty field.</summary>
    public static int? Number(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
        : throw new FormatException("Not a whole number: validate the form first.");

    /// <summary>Whether a field holds a whole number (or, when <paramref name="emptyAllowed"/>, nothing).</summary>
    public static bool IsNumber(string? value, bool emptyAllowed) =>
        string.IsNullOrWhiteSpace(value) ? emptyAllowed : int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
}
