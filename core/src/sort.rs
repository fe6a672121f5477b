//! A stable insertion sort for the engine's short lists (12 roles, a few
//! dozen reasons, what-ifs and pay rungs). It gives exactly the order of
//! `slice::sort_by`, without std's driftsort, which is compiled once per
//! element type and costs several KB of wasm each (docs/performance.md).

use std::cmp::Ordering;

/// Sorts `v` like `v.sort_by(cmp)`: stable, equal elements keep their order.
/// Quadratic, so only for short lists.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j], &v[j - 1]) == Ordering::Less {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Pairs (key, original position): equal keys must keep their order.
        let mut seed = 7u32;
        for len in 0..40 {
            let v: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 5, i)
                })
                .collect();
            let (mut ours, mut std) = (v.clone(), v);
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            std.sort_by_key(|a| std::cmp::Reverse(a.0));
            assert_eq!(ours, std, "length {len}");
        }
    }
}
