using System.Text.Json;

namespace AdobeTarget.Internal;

/// <summary>Converts attribute values to the primitive types that <see cref="TargetAttributes"/> reads without reflection.</summary>
internal static class AttributeValue
{
    public static bool TryConvert<T>(JsonElement element, out T value)
    {
        object? result = null;
        var kind = element.ValueKind;
        var type = typeof(T);
        if (type == typeof(JsonElement))
        {
            result = element;
        }
        else if (type == typeof(string))
        {
            result = kind == JsonValueKind.String ? element.GetString() : null;
        }
        else if (type == typeof(bool))
        {
            result = kind is JsonValueKind.True or JsonValueKind.False ? element.GetBoolean() : null;
        }
        else if (kind == JsonValueKind.Number)
        {
            result = type == typeof(int) && element.TryGetInt32(out var i) ? i
                : type == typeof(long) && element.TryGetInt64(out var l) ? l
                : type == typeof(double) && element.TryGetDouble(out var d) ? d
                : type == typeof(decimal) && element.TryGetDecimal(out var m) ? m
                : null;
        }

        if (result is null && !IsSupported(type))
        {
            throw new NotSupportedException($"Attributes read as {type.Name} need source-generated metadata: call GetValue<T>(mbox, key, JsonTypeInfo<T>).");
        }

        value = result is T typed ? typed : default!;
        return result is not null;
    }

    private static bool IsSupported(Type type) =>
        type == typeof(string) || type == typeof(bool) || type == typeof(int) || type == typeof(long) ||
        type == typeof(double) || type == typeof(decimal) || type == typeof(JsonElement);
}
