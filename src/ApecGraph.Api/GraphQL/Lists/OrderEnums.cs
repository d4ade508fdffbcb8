using ApecGraph.Core.Store;
using GraphQL.Types;

namespace ApecGraph.Api.GraphQL.Lists;

/// <summary>What a list is sorted on (<see cref="EntitySort"/>).</summary>
public sealed class ListOrderEnum : EnumerationGraphType
{
    public ListOrderEnum()
    {
        Name = "ListOrder";
        Description = "What a list is sorted on; ties are broken by id, in the same direction.";
        Add("ID", EntitySort.Id, "The id (ordinal): the default.");
        Add("NAME", EntitySort.Name, "The name, case-insensitively (the ordinal order of its upper case).");
        Add("DATE", EntitySort.Date, "The first day the entity took place (a meeting's startDate, else endDate, else year; a year or a month sorts by its first day). Undated entities come after the dated ones in either direction.");
    }
}

/// <summary>Ascending or descending; mapped to <see cref="EntityOrder.Descending"/>.</summary>
public sealed class OrderDirectionEnum : EnumerationGraphType
{
    public OrderDirectionEnum()
    {
        Name = "OrderDirection";
        Add("ASC", false, "Smallest first: A to Z, earliest first.");
        Add("DESC", true, "Largest first: Z to A, latest first.");
    }
}
