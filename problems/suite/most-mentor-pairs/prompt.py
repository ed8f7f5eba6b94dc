from typing import List


def most_mentor_pairs(mentors: int, students: int, fits: List[List[int]]) -> int:
    """A programme has `mentors` mentors numbered 0..mentors-1 and `students` students
    numbered 0..students-1 (1 <= mentors, students <= 5 000). Each entry [m, s] of
    `fits` (at most 20 000 entries, none repeated) says that mentor m may be paired with
    student s. Every mentor takes at most one student and every student at most one
    mentor.

    Return the largest number of mentor-student pairs that can be formed at the same time.

    >>> most_mentor_pairs(3, 3, [[0, 0], [1, 0], [1, 1], [2, 1]])
    2
    >>> most_mentor_pairs(2, 3, [[0, 2], [1, 2], [1, 0]])
    2
    """
