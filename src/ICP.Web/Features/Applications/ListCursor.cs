using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace ICP.Web.Features.Applications;

/// <summary>
/// Keyset paging: a cursor holds the sort keys of the row a page starts after (or ends before), and
/// the next page is "the rows beyond those keys, in order", which the database finds through its
/// indexes without counting past every earlier row as OFFSET does. Cursors travel in links; one that
/// does not read back (edited by hand, or from another sort) is ignored.
/// </summary>
internal static class ListCursor
{
    private static readonly MethodInfo Compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>The cursor of <paramref name="row"/> under <paramref name="keys"/> (null where the keys cannot be sought).</summary>
    public static string? Of<TRow>(IReadOnlyList<SortKey<TRow>> keys, TRow row)
    {
        if (!keys.All(k => Seekable(k.Type)))
        {
            return null;
        }

        var values = keys.Select(k => k.ValueOf(row) switch
        {
            null => null,
            DateTimeOffset instant => instant.UtcTicks.ToString(CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        }).ToArray();
        return WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(values));
    }

    /// <summary>The key values a cursor holds, typed as <paramref name="keys"/> are; null if it does not fit them.</summary>
    public static object?[]? Parse<TRow>(string? cursor, IReadOnlyList<SortKey<TRow>> keys)
    {
        if (string.IsNullOrEmpty(cursor) || !keys.All(k => Seekable(k.Type)))
        {
            return null;
        }

        try
        {
            var texts = JsonSerializer.Deserialize<string?[]>(WebEncoders.Base64UrlDecode(cursor));
            if (texts is null || texts.Length != keys.Count)
            {
                return null;
            }

            return [.. keys.Select((k, i) => Read(texts[i], k.Type))];
        }
        catch (Exception e) when (e is FormatException or JsonException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The rows strictly beyond <paramref name="values"/> in the order of <paramref name="keys"/>
    /// (<paramref name="forward"/>) or strictly before them: the first key beyond, or equal and the
    /// second beyond, and so on.
    /// </summary>
    public static Expression<Func<TRow, bool>> Beyond<TRow>(IReadOnlyList<SortKey<TRow>> keys, object?[] values, bool forward)
    {
        var row = Expression.Parameter(typeof(TRow), name: "row");
        Expression? any = null;
        Expression equalSoFar = Expression.Constant(true);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = new ParameterSwap(keys[i].Selector.Parameters[0], row).Visit(keys[i].Selector.Body)!;
            var value = Parameter(values[i], keys[i].Type);
            // Beyond in an ascending order is greater; in a descending one, or walking backwards, smaller.
            var lessThan = keys[i].Descending == forward;
            var beyond = Expression.AndAlso(equalSoFar, StrictlyBeyond(key, value, values[i], keys[i].Type, lessThan));
            any = any is null ? beyond : Expression.OrElse(any, beyond);
            equalSoFar = Expression.AndAlso(equalSoFar, Expression.Equal(key, value));
        }

        return Expression.Lambda<Func<TRow, bool>>(any ?? Expression.Constant(false), row);
    }

    private static Expression StrictlyBeyond(Expression key, Expression value, object? raw, Type type, bool lessThan)
    {
        if (raw is null)
        {
            // Nulls sort together, in a group of their own (the key before says "is null"): nothing is beyond one.
            return Expression.Constant(false);
        }

        if (type == typeof(bool))
        {
            // false sorts before true.
            return (bool)raw == lessThan ? Expression.Equal(key, Expression.Constant(!lessThan)) : Expression.Constant(false);
        }

        if (type == typeof(string))
        {
            var comparison = Expression.Call(Compare, key, value);
            return lessThan ? Expression.LessThan(comparison, Expression.Constant(0)) : Expression.GreaterThan(comparison, Expression.Constant(0));
        }

        return lessThan ? Expression.LessThan(key, value) : Expression.GreaterThan(key, value);
    }

    /// <summary>The value as a closure member, so that EF sends it as a parameter and reuses the query's plan.</summary>
    private static MemberExpression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), "Value");
    }

    private static bool Seekable(Type type)
    {
        var bare = Nullable.GetUnderlyingType(type) ?? type;

        // Enums are stored as text: the database orders them by name, which a comparison here would not follow.
        return bare == typeof(string) || bare == typeof(int) || bare == typeof(bool) || bare == typeof(decimal) || bare == typeof(DateTimeOffset);
    }

    private static object? Read(string? text, Type type)
    {
        if (text is null)
        {
            return Nullable.GetUnderlyingType(type) is not null || !type.IsValueType ? null : throw new FormatException("A value is missing.");
        }

        var bare = Nullable.GetUnderlyingType(type) ?? type;
        return bare == typeof(string) ? text
            : bare == typeof(int) ? int.Parse(text, CultureInfo.InvariantCulture)
            : bare == typeof(bool) ? bool.Parse(text)
            : bare == typeof(decimal) ? decimal.Parse(text, CultureInfo.InvariantCulture)
            : bare == typeof(DateTimeOffset) ? new DateTimeOffset(long.Parse(text, CultureInfo.InvariantCulture), TimeSpan.Zero)
            : throw new FormatException($"{type} cannot be sought.");
    }

    private sealed class Box<T>(T value)
    {
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1051", Justification = "A field is what EF reads as a query parameter.")]
        public readonly T Value = value;
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
