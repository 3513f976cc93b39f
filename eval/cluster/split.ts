/**
 * The ECB+ split used by fit-cluster: the weights are fitted on the odd-numbered topics only;
 * eval-cluster reports the even-numbered (held-out) topics separately.
 */
export const isTrainTopic = (t: number): boolean => t % 2 === 1;
